"""Give the editors' group ("Redactie") the register permissions the admin views and action forms check.

Area models are view-only (they come from the municipality's import); statuses change only through the action
forms, which check change_application and change_statusperiod.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS_GROUP = "Redactie"
PERMISSIONS = {
    "platform": ["add", "change", "view"],
    "application": ["add", "change", "view"],
    "statusperiod": ["change", "view"],
    "stadsdeel": ["view"],
    "gebied": ["view"],
    "wijk": ["view"],
    "buurt": ["view"],
}


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations ran; create ours now so we can assign them.
    app_config = apps.get_app_config("platforms")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    codenames = [f"{action}_{model}" for model, actions in PERMISSIONS.items() for action in actions]
    group.permissions.add(*Permission.objects.filter(content_type__app_label="platforms", codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=EDITORS_GROUP).first()
    if group:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="platforms"))


class Migration(migrations.Migration):
    dependencies = [
        ("platforms", "0003_one_platform_per_buurt_constraint"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
