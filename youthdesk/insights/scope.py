"""Who is asking: staff see every force unsuppressed; a partner analyst sees national and own-area figures."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied

from youthdesk.accounts.permissions import INSIGHTS_ALL, INSIGHTS_SCOPED, can
from youthdesk.insights.filters import Filters


@dataclass(frozen=True)
class Viewer:
    """What a user may see of the insights: `controlled` means statistical disclosure control applies."""

    controlled: bool
    force_scope: str | None = None
    username: str = ""

    def may_see_force(self, force: str) -> bool:
        return not self.controlled or not force or force == self.force_scope


PUBLIC = Viewer(controlled=True, force_scope=None, username="report")


def viewer_for(user) -> Viewer:
    """The insight view of a user; PermissionDenied when the role has no insight capability."""
    if can(user, INSIGHTS_ALL):
        return Viewer(controlled=False, username=user.username)
    if can(user, INSIGHTS_SCOPED):
        return Viewer(controlled=True, force_scope=user.force_scope, username=user.username)
    raise PermissionDenied(INSIGHTS_SCOPED)


def viewer_check(viewer: Viewer, filters: Filters) -> None:
    """A partner asking for another force area's figures is refused (403), never silently widened."""
    if not viewer.may_see_force(filters.force):
        raise PermissionDenied("force")
