// Shows the page as it prints (arguments[0] true) or as on screen again (false), for an engine
// the tests cannot switch to print media (WebKit, Firefox over BiDi): every `@media print` rule
// of the page's style sheets is made to apply on screen and every `@media screen …` rule not,
// and put back afterwards. A function body, run by tests/e2e/src/lib.rs (Browser::print_media)
// and tests/e2e/firefox/engines.test.mjs.
const on = arguments[0];
if (on && !window.__e2ePrintSwap) {
  const swapped = [];
  const walk = (rules) => {
    for (const rule of rules) {
      if (!(rule instanceof CSSMediaRule)) continue;
      const text = rule.media.mediaText;
      if (/(^|,)\s*print\b/.test(text)) { swapped.push([rule, text]); rule.media.mediaText = 'all'; }
      else if (/(^|,)\s*(only\s+)?screen\b/.test(text)) { swapped.push([rule, text]); rule.media.mediaText = 'not all'; }
      else walk(rule.cssRules);
    }
  };
  for (const sheet of document.styleSheets) walk(sheet.cssRules);
  window.__e2ePrintSwap = swapped;
} else if (!on && window.__e2ePrintSwap) {
  for (const [rule, text] of window.__e2ePrintSwap) rule.media.mediaText = text;
  delete window.__e2ePrintSwap;
}
