"""Helpers for the browser tests: marks, axe-core and the page's own error log."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE_PATH = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Every browser test: the marker, and a database the live server can see (committed, flushed after each test;
# the conftest's ``wagtail_base`` fixture puts back the rows Wagtail's migrations create).
BROWSER_TEST = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def assert_page_ok(page, *, allow_http_errors: bool = False) -> None:
    """No JavaScript errors and no CSP violations on the page so far (HTTP errors like a 404's own status
    are allowed when asked for)."""
    problems = page.problems
    if allow_http_errors:
        problems = [p for p in problems if "Failed to load resource: the server responded with a status" not in p]
    assert not problems, "Problems in the browser:\n" + "\n".join(problems)


def format_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"][:10]:
            lines.append(f"    {' '.join(node['target'])}: {node['failureSummary'].replace(chr(10), ' ')}")
            lines.append(f"      {node['html'][:200]}")
    return "\n".join(lines)


def axe_violations(page) -> list[dict]:
    if not AXE_PATH.exists():
        pytest.fail(f"{AXE_PATH} is missing: run `npm ci` (make test does).")
    # evaluate() runs outside the page's CSP, unlike an injected inline <script> (our CSP blocks those).
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_PATH.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return result["violations"]


def assert_accessible(page) -> None:
    violations = axe_violations(page)
    assert not violations, f"axe-core found {len(violations)} WCAG violation(s) on {page.url}:\n" + (
        format_violations(violations)
    )
