// Progressive enhancement for the coalition forms: move focus to the error summary after a failed submit,
// so keyboard and screen-reader users start at the list of problems. The forms work without this file.
(function () {
    "use strict";
    var summary = document.getElementById("foutmeldingen");
    if (summary) {
        summary.focus();
    }
})();
