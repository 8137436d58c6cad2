"""The admin form of a profile: tells the page whether the editor is publishing it.

A living person's consent is needed to publish, not to save a draft. The page cannot tell from
``live`` alone: a new page is ``live`` until Wagtail saves it as a draft, and a draft being
published is not ``live`` yet when the form is checked. Without this, the create form refused
drafts and publishing a draft failed after the form had passed.
"""

from __future__ import annotations

from wagtail.admin.forms import WagtailAdminPageForm

# Buttons that ask for the page to go public: publish now or at a scheduled time, or send for approval.
PUBLISHING_ACTIONS = ("action-publish", "action-submit")


class ExemplarPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        self.instance.publishing = any(self.data.get(action) for action in PUBLISHING_ACTIONS)
        return cleaned_data
