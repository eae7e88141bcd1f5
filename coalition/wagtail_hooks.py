"""Admin for the coalition: submissions (editors group only), the mail log, coalitions and memberships."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from .admin_views import (
    ContactMessageEditView,
    RestrictedPermissionPolicy,
    SafeExportIndexView,
    SignupEditView,
    SignupFilterSet,
    SubmissionInspectView,
)
from .models import Coalition, ContactMessage, Membership, OutgoingEmail, Signup

register_permission_policy(Signup, RestrictedPermissionPolicy(Signup, forbidden={"add"}))
register_permission_policy(ContactMessage, RestrictedPermissionPolicy(ContactMessage, forbidden={"add"}))
register_permission_policy(
    OutgoingEmail, RestrictedPermissionPolicy(OutgoingEmail, forbidden={"add", "change", "delete"})
)


class SignupViewSet(ModelViewSet):
    model = Signup
    name = "coalition_signups"
    url_prefix = "coalitie/aanmeldingen"
    icon = "group"
    menu_label = _("Aanmeldingen")
    index_view_class = SafeExportIndexView
    edit_view_class = SignupEditView
    inspect_view_enabled = True
    inspect_view_class = SubmissionInspectView
    inspect_view_fields = [
        "created_at",
        "status",
        "handled_at",
        "notes",
        "organisation_name",
        "kind",
        "stadsdeel",
        "buurten_text",
        "buurten_other",
        "coalitions_text",
        "contact_name",
        "email",
        "phone",
        "website",
        "motivation",
        "consent",
    ]
    copy_view_enabled = False
    form_fields = ["status", "notes"]
    list_display = ["organisation_name", "kind", "stadsdeel", "status", "created_at"]
    filterset_class = SignupFilterSet  # status, kind, stadsdeel (by name) and coalitions
    search_fields = ["organisation_name", "contact_name", "email", "motivation", "buurten_other"]
    search_backend_name = None  # plain database search: submissions are not in the site search index
    list_export = [
        "created_at",
        "status",
        "organisation_name",
        "kind",
        "get_stadsdeel_display",
        "buurten_text",
        "buurten_other",
        "coalitions_text",
        "contact_name",
        "email",
        "phone",
        "website",
        "motivation",
        "notes",
    ]
    export_headings = {
        "get_stadsdeel_display": _("Stadsdeel"),
        "buurten_text": _("Buurten"),
        "coalitions_text": _("Coalities"),
    }
    export_filename = "aanmeldingen"


class ContactMessageViewSet(ModelViewSet):
    model = ContactMessage
    name = "coalition_contact_messages"
    url_prefix = "coalitie/contactberichten"
    icon = "mail"
    menu_label = _("Contactberichten")
    index_view_class = SafeExportIndexView
    edit_view_class = ContactMessageEditView
    inspect_view_enabled = True
    inspect_view_class = SubmissionInspectView
    inspect_view_fields = [
        "created_at",
        "status",
        "handled_at",
        "notes",
        "name",
        "email",
        "topic",
        "message",
        "consent",
    ]
    copy_view_enabled = False
    form_fields = ["status", "notes"]
    list_display = ["name", "topic", "status", "created_at"]
    list_filter = ["status", "topic"]
    search_fields = ["name", "email", "message"]
    search_backend_name = None
    list_export = ["created_at", "status", "topic", "name", "email", "message", "notes"]
    export_filename = "contactberichten"


class OutgoingEmailViewSet(ModelViewSet):
    model = OutgoingEmail
    name = "coalition_emails"
    url_prefix = "coalitie/e-mails"
    icon = "warning"
    menu_label = _("Uitgaande e-mails")
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["status"]
    list_display = ["subject", "recipient_kind", "status", "attempts", "next_attempt_at", "last_error"]
    list_filter = ["status", "recipient_kind"]
    search_fields = ["subject", "last_error"]
    search_backend_name = None


class CoalitionViewSet(ModelViewSet):
    model = Coalition
    name = "coalition_coalitions"
    url_prefix = "coalitie/coalities"
    icon = "site"
    menu_label = _("Coalities")
    form_fields = ["name", "slug", "is_citywide", "stadsdeel", "description"]
    list_display = ["name", "stadsdeel"]
    search_fields = ["name"]
    search_backend_name = None


class MembershipViewSet(ModelViewSet):
    model = Membership
    name = "coalition_memberships"
    url_prefix = "coalitie/leden"
    icon = "user"
    menu_label = _("Leden")
    form_fields = ["coalition", "organisation_name", "kind", "platform", "stadsdeel", "member_since"]
    list_display = ["organisation_name", "coalition", "kind", "member_since"]
    list_filter = ["coalition", "kind"]
    search_fields = ["organisation_name"]
    search_backend_name = None


class CoalitionViewSetGroup(ViewSetGroup):
    menu_label = _("Coalitie")
    menu_icon = "group"
    menu_order = 250
    items = (SignupViewSet, ContactMessageViewSet, OutgoingEmailViewSet, CoalitionViewSet, MembershipViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return CoalitionViewSetGroup()
