"""``{% press_kit page as kit %}``: embed code, oEmbed link, photo download and citation of a profile.

None for a draft, a preview of unsaved changes or a restricted profile: their embed card and
photo download answer 404, so nothing points at them.
"""

from __future__ import annotations

from django import template

from exemplars.presskit import PressKit
from exemplars.presskit import press_kit as build_press_kit

register = template.Library()


@register.simple_tag
def press_kit(page) -> PressKit | None:
    if not page.pk or not page.live or page.get_view_restrictions().exists():
        return None
    return build_press_kit(page)
