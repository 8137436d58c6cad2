"""Editorial groups and the two-step moderation workflow bound to the whole page tree.

"Biên tập viên" write and submit; "Lãnh đạo duyệt tin" approve and publish. Every page goes
through "Quy trình duyệt tin hai bước": a proof-read by a second editor (or a leader), then the
leader's approval, which publishes (or schedules, when the page has a go-live date).

The migration can run more than once and can be reversed.
"""

from django.db import migrations

EDITORS = "Biên tập viên"
APPROVERS = "Lãnh đạo duyệt tin"
WORKFLOW = "Quy trình duyệt tin hai bước"
PROOFREAD_TASK = "Kiểm tra biên tập"
APPROVAL_TASK = "Lãnh đạo duyệt đăng"
# Created by wagtailcore 0048 from the "Moderators" group's publish permission.
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

# (app_label, model, codename, name). On a fresh database these rows do not exist yet:
# Django creates permissions in post_migrate, after every migration has run.
ACCESS_ADMIN = ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")

PAGE_PERMISSIONS = {
    "add": ("wagtailcore", "page", "add_page", "Can add page"),
    "change": ("wagtailcore", "page", "change_page", "Can change page"),
    "publish": ("wagtailcore", "page", "publish_page", "Publish any page"),
    "lock": ("wagtailcore", "page", "lock_page", "Lock/unlock pages you've locked"),
    "unlock": ("wagtailcore", "page", "unlock_page", "Unlock any page"),
}

# Images and documents check the permissions of Wagtail's own models even with a custom
# image model (the permission policy's auth_model), so these are the rows that count.
COLLECTION_PERMISSIONS = {
    "add_image": ("wagtailimages", "image", "add_image", "Can add image"),
    "change_image": ("wagtailimages", "image", "change_image", "Can change image"),
    "choose_image": ("wagtailimages", "image", "choose_image", "Can choose image"),
    "delete_image": ("wagtailimages", "image", "delete_image", "Can delete image"),
    "add_document": ("wagtaildocs", "document", "add_document", "Can add document"),
    "change_document": ("wagtaildocs", "document", "change_document", "Can change document"),
    "choose_document": ("wagtaildocs", "document", "choose_document", "Can choose document"),
    "delete_document": ("wagtaildocs", "document", "delete_document", "Can delete document"),
}

SNIPPET_PERMISSIONS = {
    "view": ("news", "newscategory", "view_newscategory", "Can view chuyên mục tin"),
    "add": ("news", "newscategory", "add_newscategory", "Can add chuyên mục tin"),
    "change": ("news", "newscategory", "change_newscategory", "Can change chuyên mục tin"),
    "delete": ("news", "newscategory", "delete_newscategory", "Can delete chuyên mục tin"),
}

GROUP_GRANTS = {
    EDITORS: {
        "page": ["add", "change"],
        "collection": ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
        "snippet": ["view", "add", "change"],
    },
    APPROVERS: {
        "page": ["add", "change", "publish", "lock", "unlock"],
        "collection": list(COLLECTION_PERMISSIONS),
        "snippet": ["view", "add", "change", "delete"],
    },
}


def _permission(apps, spec):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    app_label, model, codename, name = spec
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def _approval_task(apps, name, groups):
    ContentType = apps.get_model("contenttypes.ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=name).order_by("pk").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=name, content_type=content_type, active=True)
    elif not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.set(groups)
    return task


def create_workflow(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    access_admin = _permission(apps, ACCESS_ADMIN)

    groups = {}
    for group_name, grants in GROUP_GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        groups[group_name] = group
        group.permissions.add(access_admin, *(_permission(apps, SNIPPET_PERMISSIONS[key]) for key in grants["snippet"]))
        if root_page is not None:
            for key in grants["page"]:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=_permission(apps, PAGE_PERMISSIONS[key])
                )
        if root_collection is not None:
            for key in grants["collection"]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=_permission(apps, COLLECTION_PERMISSIONS[key])
                )

    proofread = _approval_task(apps, PROOFREAD_TASK, [groups[EDITORS], groups[APPROVERS]])
    approval = _approval_task(apps, APPROVAL_TASK, [groups[APPROVERS]])

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    # Order matters: the leader's step is last, and approving the last step publishes.
    WorkflowTask.objects.filter(workflow=workflow).exclude(task__in=[proofread, approval]).delete()
    for sort_order, task in enumerate([proofread, approval]):
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": sort_order})

    if root_page is None:
        return
    # A page has at most one workflow of its own; binding ours to the root replaces Wagtail's default.
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    for default in Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True):
        # Leave it alone where someone has bound it to a branch on purpose.
        if not WorkflowPage.objects.filter(workflow=default).exists():
            default.active = False
            default.save(update_fields=["active"])


def remove_workflow(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Task = apps.get_model("wagtailcore.Task")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")

    # Deleting the workflow and tasks also deletes their moderation history (cascade).
    Workflow.objects.filter(name=WORKFLOW).delete()
    Task.objects.filter(name__in=[PROOFREAD_TASK, APPROVAL_TASK]).delete()
    Group.objects.filter(name__in=[EDITORS, APPROVERS]).delete()

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    default = Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).order_by("pk").first()
    if root_page is not None and default is not None and not WorkflowPage.objects.filter(page=root_page).exists():
        default.active = True
        default.save(update_fields=["active"])
        WorkflowPage.objects.create(page=root_page, workflow=default)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_create_homepage"),
        ("news", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
