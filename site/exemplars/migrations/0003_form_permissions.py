"""Let the editorial groups read what citizens send: view and change on nominations and public
comments for "Biên tập viên" and "Lãnh đạo duyệt tin". Nobody gets "add" (only citizens add) or
"delete" through this migration; an administrator may grant it by hand.

The permission rows are created here with get_or_create because on a fresh database Django only
creates them in post_migrate, after every migration has run. Idempotent and reversible.
"""

from django.db import migrations

GROUPS = ["Biên tập viên", "Lãnh đạo duyệt tin"]

# (model, codename, name)
PERMISSIONS = [
    ("nomination", "view_nomination", "Can view đề xuất gương người tốt, việc tốt"),
    ("nomination", "change_nomination", "Can change đề xuất gương người tốt, việc tốt"),
    ("publiccomment", "view_publiccomment", "Can view ý kiến nhân dân"),
    ("publiccomment", "change_publiccomment", "Can change ý kiến nhân dân"),
]


def _permissions(apps):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    result = []
    for model, codename, name in PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label="exemplars", model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        result.append(permission)
    return result


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    permissions = _permissions(apps)
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    codenames = [codename for _model, codename, _name in PERMISSIONS]
    permissions = Permission.objects.filter(content_type__app_label="exemplars", codename__in=codenames)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("exemplars", "0002_award_vocabulary_and_places"),
        ("core", "0004_editorial_groups_and_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
