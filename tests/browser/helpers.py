"""Helpers for the browser tests: marks, axe-core and the page's own error log."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE_PATH = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Every browser test: the marker, and a database the live server can see (committed, flushed after each test;
# the conftest's ``wagtail_base`` fixture puts back the rows Wagtail's migrations create).
BROWSER_TEST = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def assert_page_ok(page) -> None:
    """No JavaScript errors, no CSP violations and no failing scripts, styles or images on the pages so far."""
    assert not page.problems, "Problems in the browser:\n" + "\n".join(page.problems)


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


def load_demo_content() -> None:
    import io

    from django.core.management import call_command

    call_command("load_demo_content", stdout=io.StringIO())


def tab_to(page, selector: str, *, max_presses: int = 120) -> None:
    """Press Tab until the element matching ``selector`` has the focus, as a keyboard user would."""
    for _ in range(max_presses):
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    pytest.fail(f"{selector} never received the focus with the Tab key ({max_presses} presses)")


def focus_is_visible(page) -> bool:
    """The focused element looks different with the focus than without it (an outline, a shadow, a fill...).

    Compares a screenshot of the element and its surroundings with and without the focus."""
    box = page.evaluate(
        """() => { const r = document.activeElement.getBoundingClientRect();
                   return {x: r.x, y: r.y, width: r.width, height: r.height}; }"""
    )
    assert box["width"] > 0 and box["height"] > 0, "the focused element is not visible at all"
    margin = 8
    clip = {
        "x": max(box["x"] - margin, 0),
        "y": max(box["y"] - margin, 0),
        "width": box["width"] + 2 * margin,
        "height": box["height"] + 2 * margin,
    }
    focused = page.screenshot(clip=clip, animations="disabled")
    handle = page.evaluate_handle("() => document.activeElement")
    page.evaluate("(element) => element.blur()", handle)
    unfocused = page.screenshot(clip=clip, animations="disabled")
    page.evaluate("(element) => element.focus()", handle)
    return focused != unfocused
