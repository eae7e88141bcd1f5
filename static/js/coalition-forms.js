// Progressive enhancement for the coalition forms: move focus to the error summary after a failed submit (or to
// the notice that a filled-in form was not sent yet), so keyboard and screen-reader users start at the problem.
// The forms work without this file.
(function () {
    "use strict";
    var summary = document.getElementById("foutmeldingen") || document.getElementById("formulier-melding");
    if (summary) {
        summary.focus();
    }
})();
