//! The "Regler og kilder" page (src/present/kilder.rs) against the rule core, both ways: every reference an
//! answer cites is on the page and every reference on the page is cited by some case file; every
//! rate figure, rule set and date in the code is on the page in both languages.

use forloebsberegneren::case_format::situation_from_value;
use forloebsberegneren::present::kilder::{page, references};
use forloebsberegneren::present::markup::esc;
use forloebsberegneren::rules::folkepensionsalder::PENSION_AGE_ROWS;
use forloebsberegneren::rules::regime::{KENDT_TIL, RULE_SETS};
use forloebsberegneren::rules::regler::REGLER;
use forloebsberegneren::rules::satser::{Figur, Kildestatus, FIGURER, SATSER};
use forloebsberegneren::rules::tekst::{date_da, date_en, kr_da, kr_en};
use forloebsberegneren::rules::{assess, validate};
use forloebsberegneren::text::Lang;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// Every `law` cited anywhere in the assessments of the seed and boundary case files.
fn cited_by_case_files() -> BTreeSet<String> {
    let mut cited = BTreeSet::new();
    for dir in ["tests/cases/seed", "tests/cases/boundary"] {
        for entry in
            std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)).expect("case dir")
        {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("case file");
            let case: Value = serde_json::from_str(&text).expect("case JSON");
            let situation = situation_from_value(&case["situation"]).expect("a valid case");
            assert!(validate(&situation).is_empty());
            collect_laws(
                &serde_json::to_value(assess(&situation)).expect("serializes"),
                &mut cited,
            );
        }
    }
    cited
}

fn collect_laws(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(law)) = map.get("law") {
                if !law.is_empty() {
                    out.insert(law.clone());
                }
            }
            map.values().for_each(|v| collect_laws(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_laws(v, out)),
        _ => {}
    }
}

#[test]
fn every_cited_reference_is_on_the_page_and_every_listed_one_is_cited() {
    let listed: BTreeSet<String> = references().into_iter().map(String::from).collect();
    let cited = cited_by_case_files();
    let missing: Vec<_> = cited.difference(&listed).collect();
    assert!(
        missing.is_empty(),
        "cited by an answer but not on the sources page: {missing:?}"
    );
    // A provision in the catalogue no case file makes an answer cite is stale (or untested).
    let catalogue: BTreeSet<String> = REGLER
        .iter()
        .flat_map(|r| r.laws.iter().map(|l| l.to_string()))
        .collect();
    let uncited: Vec<_> = catalogue.difference(&cited).collect();
    assert!(
        uncited.is_empty(),
        "on the sources page but cited by no case file: {uncited:?}"
    );
}

#[test]
fn every_rate_rule_set_and_date_is_on_the_page_in_both_languages() {
    for lang in [Lang::Da, Lang::En] {
        let html = page(lang, "/main-0123456789abcdef.css");
        let kr = |v| match lang {
            Lang::Da => kr_da(v),
            Lang::En => kr_en(v),
        };
        let date = |d| match lang {
            Lang::Da => date_da(d),
            Lang::En => date_en(d),
        };
        for reference in references() {
            assert!(
                html.contains(&esc(reference)),
                "{lang:?}: reference {reference:?}"
            );
        }
        for regel in REGLER {
            assert!(
                html.contains(&esc(lang.pick(regel.da, regel.en))),
                "{lang:?}: {:?}",
                regel.laws
            );
        }
        for rules in &RULE_SETS {
            assert!(
                html.contains(&esc(&date(rules.in_force_from))) && html.contains(&esc(rules.kilde))
            );
        }
        for row in &PENSION_AGE_ROWS {
            assert!(html.contains(&esc(row.kilde)));
        }
        assert!(html.contains(&esc(&date(KENDT_TIL))));
        for rates in &SATSER {
            let table = html
                .split(&format!(
                    "<table class=\"kilder-table\" data-year=\"{}\">",
                    rates.year
                ))
                .nth(1)
                .and_then(|rest| rest.split("</table>").next())
                .unwrap_or_else(|| panic!("{lang:?}: no table for {}", rates.year));
            assert!(html.contains(&esc(&date(rates.gaeldende_fra))));
            for figur in FIGURER {
                let row = table
                    .split(&format!("<tr data-figure=\"{figur:?}\""))
                    .nth(1)
                    .and_then(|rest| rest.split("</tr>").next())
                    .unwrap_or_else(|| panic!("{lang:?}: {} {figur:?} has no row", rates.year));
                // The provision as the ministry's table cites it (bm.dk satser 2015–2024, column
                // "Lovhenvisning"), and its unit ("kr. pr. uge" for the two weekly amounts).
                let cited = match figur {
                    Figur::Forsoerger => ["§ 68, stk. 2, nr. 1", "§ 69 j, stk. 2, nr. 1"],
                    Figur::IkkeForsoerger => ["§ 68, stk. 2, nr. 2", "§ 69 j, stk. 2, nr. 2"],
                    Figur::Under25Hjemmeboende => ["§ 68, stk. 2, nr. 3", "§ 69 j, stk. 2, nr. 3"],
                    Figur::SygedagpengeMaxPerUge => ["§ 68, stk. 4", "§ 68, stk. 4"],
                    Figur::LedighedsydelseMaxPerUge => ["§ 68, stk. 5", "§ 68, stk. 5"],
                    Figur::Loenindtaegtsgraense => ["§ 68 a, stk. 2", "§ 69 j, stk. 9"],
                };
                assert!(
                    cited.iter().all(|c| row.contains(c)),
                    "{} {figur:?}: {row}",
                    rates.year
                );
                let weekly = matches!(
                    figur,
                    Figur::SygedagpengeMaxPerUge | Figur::LedighedsydelseMaxPerUge
                );
                let unit = match (weekly, lang) {
                    (true, Lang::Da) => "(om ugen)",
                    (true, Lang::En) => "(a week)",
                    (false, Lang::Da) => "(om måneden)",
                    (false, Lang::En) => "(a month)",
                };
                assert!(row.contains(unit), "{} {figur:?}: {row}", rates.year);
                match rates.figur(figur) {
                    Some(sats) => {
                        let status = match sats.status {
                            Kildestatus::Verified => "verified",
                            Kildestatus::Secondary => "secondary",
                        };
                        assert!(
                            row.starts_with(&format!(" data-status=\"{status}\"")),
                            "{} {figur:?}",
                            rates.year
                        );
                        assert!(
                            row.contains(&esc(&kr(sats.kr))) && row.contains(&esc(sats.kilde)),
                            "{} {figur:?}: {row}",
                            rates.year
                        );
                    }
                    None => assert!(
                        row.starts_with(" data-status=\"not_found\""),
                        "{} {figur:?}",
                        rates.year
                    ),
                }
            }
        }
    }
}
