//! The shipped stylesheet holds only the rules the page can use (scripts/build-css.mjs drops the
//! rest of DKFDS with purgecss, keeping the whole as style/build/main.full.css). This test
//! checks that nothing the page needs was dropped: two copies of the page in dist/, one with the
//! shipped stylesheet and one with the whole, give every element — and its ::before, ::after and ::marker —
//! the same computed style and the same box, in each state below (empty, results with
//! every <details> open, errors, English, a 390 px phone, print, focus on each kind of field).

use forloebsberegneren_e2e::{cdp, dist_dir, repo_root, Browser, Options, Result};
use serde_json::json;
use std::path::Path;

/// Every element's computed style (and its pseudo elements' where they exist) as one string of
/// `property:value` lines, labelled by tag, id and class. With `arguments[0]` = null it returns
/// a hash of each string (the strings are large); with a list of indices, those strings whole.
const SNAPSHOT: &str = r#"
const only = arguments[0];
const els = [...document.querySelectorAll('body *')];
// Margins are compared through where the element lands (its box), not as read: Chromium
// reads an auto margin as 0px now and then, depending on when it last laid out the page.
const props = (cs, prefix) => {
  const parts = [];
  for (let i = 0; i < cs.length; i++) if (!cs[i].startsWith('margin')) parts.push(prefix + cs[i] + ':' + cs.getPropertyValue(cs[i]));
  return parts;
};
const styles = els.map((el) => {
  const r = el.getBoundingClientRect();
  return [`box:${r.x},${r.y},${r.width},${r.height}`, ...props(getComputedStyle(el), '')];
});
els.forEach((el, i) => {
  for (const pseudo of ['::before', '::after', '::marker']) {
    const cs = getComputedStyle(el, pseudo);
    const exists = pseudo === '::marker' ? /list-item/.test(getComputedStyle(el).display) : cs.content !== 'none' && cs.content !== 'normal';
    if (exists) styles[i].push(...props(cs, pseudo));
  }
});
const hash = (s) => { let h = 2166136261; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); } return (h >>> 0).toString(16) + ':' + s.length; };
const text = styles.map((p) => p.join('\n'));
if (only) return only.map((i) => text[i]);
return els.map((el, i) => [el.tagName.toLowerCase() + '#' + el.id + '.' + el.getAttribute('class'), hash(text[i])]);
"#;

struct State {
    name: &'static str,
    /// Path and query to open.
    query: &'static str,
    window: (u32, u32),
    fields: &'static [(&'static str, &'static str)],
    /// The fields make a case the page answers.
    answered: bool,
    open_details: bool,
    print: bool,
    focus: Option<&'static str>,
}

const BASE: State = State {
    name: "",
    query: "/",
    window: (1280, 900),
    fields: &[],
    answered: false,
    open_details: false,
    print: false,
    focus: None,
};

const CASE: &[(&str, &str)] = &[("birth_date", "15-03-1975"), ("date", "01-06-2025")];

fn states() -> Vec<State> {
    vec![
        State { name: "empty", ..BASE },
        State { name: "results, details open", fields: CASE, answered: true, open_details: true, ..BASE },
        State {
            name: "errors",
            fields: &[("birth_date", "31-02-1975"), ("date", "01-06-2025"), ("other_income_monthly", "abc")],
            ..BASE
        },
        State {
            name: "English, 2026 rules",
            query: "/?lang=en",
            fields: &[("birth_date", "15-03-1975"), ("date", "01-03-2026")],
            answered: true,
            ..BASE
        },
        State { name: "phone", window: (390, 844), fields: CASE, answered: true, ..BASE },
        State { name: "print", fields: CASE, answered: true, print: true, ..BASE },
        State { name: "focus on a text field", focus: Some("birth_date"), ..BASE },
        State { name: "focus on a checkbox", focus: Some("forsoerger"), ..BASE },
        State { name: "focus on a select", focus: Some("ydelse_before"), ..BASE },
    ]
}

/// Brings the page in `b` into `state`.
async fn enter(b: &Browser, state: &State) -> Result<()> {
    b.client().set_window_size(state.window.0, state.window.1).await?;
    cdp::emulate_media(b.client(), "").await?;
    b.goto(state.query).await?;
    b.wait_for("#birth_date").await?;
    for (id, value) in state.fields {
        b.set_field(id, value).await?;
    }
    if state.open_details {
        b.client().execute("document.querySelectorAll('details').forEach((d) => { d.open = true; });", vec![]).await?;
    }
    if state.print {
        cdp::emulate_media(b.client(), "print").await?;
    }
    if let Some(id) = state.focus {
        b.client().execute("document.getElementById(arguments[0]).focus();", vec![json!(id)]).await?;
    }
    // Both pages settled alike before they are compared: the answer drawn, the fonts in (they
    // change text heights), and no scrollbar (whether one shows depends on the page's height
    // at that moment, and it narrows the layout, so `margin: auto` would differ).
    if state.answered {
        b.wait_for("#ressourceforloeb-result").await?;
    }
    b.client()
        .execute_async(
            "const done = arguments[arguments.length - 1];
             document.documentElement.style.overflow = 'hidden';
             document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100))));",
            vec![],
        )
        .await?;
    Ok(())
}

async fn hashes(b: &Browser) -> Result<Vec<(String, String)>> {
    let v = b.client().execute(SNAPSHOT, vec![json!(null)]).await?;
    Ok(serde_json::from_value(v)?)
}

async fn styles(b: &Browser, indices: &[usize]) -> Result<Vec<String>> {
    let v = b.client().execute(SNAPSHOT, vec![json!(indices)]).await?;
    Ok(serde_json::from_value(v)?)
}

/// A copy of dist/ whose stylesheet (inline in index.html) is `stylesheet` (dist's own when
/// `None`), with the fonts' `font-display: optional` made `block`. The CSP's hash of the
/// shipped stylesheet would reject a changed one, so the copy's CSP allows inline styles: what is
/// compared here is style, not the policy (tests/e2e/tests/quality.rs checks that). `optional`
/// lets a page whose font is late under load keep the fallback, and then the two pages would
/// differ by the font, not by a dropped rule; `block` makes both draw with the font once
/// `document.fonts.ready` has resolved.
fn dist_copy(stylesheet: Option<&Path>) -> Result<tempfile::TempDir> {
    let dir = tempfile::Builder::new().prefix("e2e-css-").tempdir()?;
    copy_dir(&dist_dir(), dir.path())?;
    let index = dir.path().join("index.html");
    let html = std::fs::read_to_string(&index)?;
    let (head, rest) = html.split_once("<style>").expect("index.html holds the stylesheet inline");
    let (shipped, tail) = rest.split_once("</style>").expect("the inline stylesheet ends");
    assert!(!tail.contains("<style>"), "index.html should hold one inline stylesheet");
    let css = match stylesheet {
        // A file may start with a byte order mark (dart-sass writes one), which index.html's
        // copy does not have (scripts/finish-index.mjs).
        Some(path) => std::fs::read_to_string(path)?.trim_start_matches('\u{feff}').to_string(),
        None => shipped.to_string(),
    };
    let display = css.matches("font-display:").count();
    assert_eq!(css.matches("font-display:optional").count(), display, "a face not `optional`, or spelt otherwise");
    let css = css.replace("font-display:optional", "font-display:block");
    let (policy_start, policy_rest) = head.split_once("style-src 'self' 'sha256-").expect("the CSP holds the stylesheet's hash");
    let policy_rest = &policy_rest[policy_rest.find('\'').expect("the hash ends") + 1..];
    let head = format!("{policy_start}style-src 'self' 'unsafe-inline'{policy_rest}");
    std::fs::write(&index, format!("{head}<style>{css}</style>{tail}"))?;
    Ok(dir)
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn the_page_looks_the_same_with_the_whole_dkfds_stylesheet() -> Result<()> {
    let full = dist_copy(Some(&repo_root().join("style/build/main.full.css")))?;
    let own = dist_copy(None)?;
    let shipped_len = std::fs::read_to_string(repo_root().join("style/build/main.css"))?.len();
    let full_len = std::fs::read_to_string(repo_root().join("style/build/main.full.css"))?.len();
    assert!(shipped_len < full_len, "the shipped stylesheet should be the smaller one");
    let shipped = Browser::start_with(Options { dist: own.path().to_path_buf(), ..Options::default() }).await?;
    let whole = Browser::start_with(Options { dist: full.path().to_path_buf(), ..Options::default() }).await;
    let compared = async {
        let whole = whole?;
        let compared = compare(&shipped, &whole).await;
        whole.close().await;
        compared
    }
    .await;
    shipped.close().await;
    let differences = compared?;
    assert!(
        differences.is_empty(),
        "{} elements look different without the dropped rules (a class pieced together in the \
         source, or a rule purgecss cannot see?):\n{}",
        differences.len(),
        differences.join("\n")
    );
    Ok(())
}

/// Every state in both pages; the differences found, described.
async fn compare(shipped: &Browser, whole: &Browser) -> Result<Vec<String>> {
    let mut differences = Vec::new();
    for state in states() {
        enter(shipped, &state).await?;
        enter(whole, &state).await?;
        let (a, b) = (hashes(shipped).await?, hashes(whole).await?);
        assert!(a.len() > 150, "{}: only {} elements: did the page start?", state.name, a.len());
        assert_eq!(a.len(), b.len(), "{}: different number of elements", state.name);
        let differing: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).take(10).collect();
        let (sa, sb) = (styles(shipped, &differing).await?, styles(whole, &differing).await?);
        for (k, &i) in differing.iter().enumerate() {
            let (la, lb): (Vec<&str>, Vec<&str>) = (sa[k].lines().collect(), sb[k].lines().collect());
            let diff: Vec<String> = la
                .iter()
                .filter(|l| !lb.contains(l))
                .map(|l| format!("{l} (only with the shipped stylesheet)"))
                .chain(lb.iter().filter(|l| !la.contains(l)).map(|l| format!("{l} (only with the whole one)")))
                .take(4)
                .collect();
            differences.push(format!("{}: {}: {}", state.name, a[i].0, diff.join("; ")));
        }
        eprintln!("{}: {} elements compared", state.name, a.len());
    }
    Ok(differences)
}
