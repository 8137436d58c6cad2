"""The admin's login form with a translatable password label.

Wagtail's LoginForm declares its password field without a label, so Django derives "Password"
from the field name and no catalog can translate it; the sign-in page is the first screen an
editor sees.
"""

from django.utils.translation import gettext_lazy
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = gettext_lazy("Password")
