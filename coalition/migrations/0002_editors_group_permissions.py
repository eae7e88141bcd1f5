"""Give the editors' group ("Redactie") access to submissions, the mail log, coalitions and the form setting.

Other apps get_or_create the same group for their own permissions; admin users outside it see no submissions.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS_GROUP = "Redactie"
PERMISSIONS = {
    "signup": ["view", "change"],
    "contactmessage": ["view", "change"],
    "outgoingemail": ["view"],
    "coalition": ["add", "change", "delete", "view"],
    "membership": ["add", "change", "delete", "view"],
    "coalitionsettings": ["change"],
}


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations ran; create ours now so we can assign them.
    app_config = apps.get_app_config("coalition")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    codenames = [f"{action}_{model}" for model, actions in PERMISSIONS.items() for action in actions]
    group.permissions.add(*Permission.objects.filter(content_type__app_label="coalition", codename__in=codenames))
    access_admin = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if access_admin:
        group.permissions.add(access_admin)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=EDITORS_GROUP).first()
    if group:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="coalition"))


class Migration(migrations.Migration):
    dependencies = [
        ("coalition", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
