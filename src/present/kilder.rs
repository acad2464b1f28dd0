//! The "Regler og kilder" page, written from the rule core's own dated data at build time
//! (`src/bin/kilder.rs`, run by Trunk's post_build hook): every rule set with its dates and
//! hjemmel, every provision with its plain sentence, the pension-age table, every rate per year
//! with its source and status, and how far the rules were checked. Nothing here is a hand-kept
//! copy; `tests/kilder.rs` fails if the code holds a rate or rule the page does not show.

use crate::present::markup::{el, esc, list};
use crate::rules::folkepensionsalder::PENSION_AGE_ROWS;
use crate::rules::regime::{
    KENDT_TIL, KENDT_TIL_KILDE, REFORM_2027, REFORM_2027_KILDE, REFORM_2027_LAW, RULE_SETS,
};
use crate::rules::regler::{Emne, EMNER, REGLER};
use crate::rules::satser::{Kildestatus, FIGURER, SATSER, SATSER_SOEGT};
use crate::rules::tekst::{date_da, date_en, kr_da, kr_en};
use crate::rules::Regime;
use crate::text::Lang;
use chrono::{Datelike, Days};
use std::fmt::Write;

/// The file each language's page is written to, beside index.html.
pub fn file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "kilder.html",
        Lang::En => "kilder-en.html",
    }
}

/// Every legal reference the page lists: the provisions, the rule sets' and the pension table's.
pub fn references() -> Vec<&'static str> {
    let mut refs: Vec<&'static str> = REGLER.iter().flat_map(|r| r.laws.iter().copied()).collect();
    for rules in &RULE_SETS {
        refs.extend([
            rules.hjemmel,
            rules.max_years_law,
            rules.pension_cap_law,
            rules.wish_needed_law,
        ]);
    }
    refs.extend(PENSION_AGE_ROWS.iter().map(|row| row.hjemmel));
    refs
}

/// The whole page; `stylesheet` is the stylesheet's file beside it (`main.css`).
pub fn page(lang: Lang, stylesheet: &str) -> String {
    let t = |da: &str, en: &str| lang.pick(da, en).to_string();
    let date = |d| match lang {
        Lang::Da => date_da(d),
        Lang::En => date_en(d),
    };
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; font-src data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'\">\
         <meta name=\"referrer\" content=\"no-referrer\"><link rel=\"icon\" href=\"data:,\">\
         <title>{}</title><link rel=\"stylesheet\" href=\"{}\"></head><body><main class=\"container kilder\" id=\"kilder\">",
        lang.texts().code,
        esc(&t("Regler og kilder – Forløbsberegneren", "Rules and sources – Forløbsberegneren")),
        esc(stylesheet)
    );
    el(
        &mut o,
        "h1",
        "",
        &t("Regler og kilder", "Rules and sources"),
    );
    let other = match lang {
        Lang::Da => Lang::En,
        Lang::En => Lang::Da,
    };
    let _ = write!(
        o,
        "<p><a href=\"./\">{}</a> · <a href=\"{}\" lang=\"{}\">{}</a></p>",
        esc(&t("Til beregneren", "To the calculator")),
        file_name(other),
        other.texts().code,
        esc(other.pick("Dansk", "English"))
    );
    el(&mut o, "p", "", &t(
        "Siden er skrevet ud fra de samme data, som beregneren regner med: hvert regelsæt med datoer og hjemmel, hver regel med sin paragraf, og hver sats med kilde og status. Ændres en regel eller sats i beregneren, ændres siden med.",
        "This page is written from the same data the calculator uses: every rule set with its dates and legal basis, every rule with its section, and every rate with its source and status. When a rule or rate changes in the calculator, this page changes with it.",
    ));

    el(
        &mut o,
        "h2",
        "id=\"kendt-til\"",
        &t(
            "Hvor langt reglerne er kontrolleret",
            "How far the rules are checked",
        ),
    );
    let items = [
        match lang {
            Lang::Da => format!("Reglerne er kontrolleret mod kilder offentliggjort til og med januar 2026 og gælder dermed kendt til og med {}. For en senere dato siger hvert svar, at senere ændringer ikke er kontrolleret. Seneste kilde: {KENDT_TIL_KILDE}", date(KENDT_TIL)),
            Lang::En => format!("The rules are checked against sources published up to January 2026, so they are known up to and including {}. For a later date every answer says that later changes have not been checked. Latest source: {KENDT_TIL_KILDE}", date(KENDT_TIL)),
        },
        match lang {
            Lang::Da => format!("{REFORM_2027_LAW}: ventes at træde i kraft {}; efter lovudkastet afskaffes jobafklaringsforløb. Vedtagelsen er ikke bekræftet. Kilder: {REFORM_2027_KILDE}", date(REFORM_2027)),
            Lang::En => format!("{REFORM_2027_LAW}: expected to take effect on {}; under the draft bill jobafklaringsforløb are abolished. Adoption is not confirmed. Sources: {REFORM_2027_KILDE}", date(REFORM_2027)),
        },
        match lang {
            Lang::Da => format!("Satserne er søgt i kilder den {}.", date(SATSER_SOEGT)),
            Lang::En => format!("The rates were searched for in sources on {}.", date(SATSER_SOEGT)),
        },
    ];
    list(
        &mut o,
        &items.iter().map(String::as_str).collect::<Vec<_>>(),
    );

    el(
        &mut o,
        "h2",
        "id=\"regelsaet\"",
        &t(
            "Regelsæt for ressourceforløb",
            "Rule sets for ressourceforløb",
        ),
    );
    o.push_str("<div class=\"kilder-scroll\"><table class=\"kilder-table\" id=\"regelsaet-table\"><thead><tr>");
    for head in [
        t("Gælder for start fra", "Applies to starts from"),
        t("Til og med", "Until"),
        t("Regler", "Rules"),
        t("Hjemmel og kilde", "Legal basis and source"),
    ] {
        el(&mut o, "th", "scope=\"col\"", &head);
    }
    o.push_str("</tr></thead><tbody>");
    for (i, rules) in RULE_SETS.iter().enumerate() {
        let until = RULE_SETS
            .get(i + 1)
            .and_then(|next| next.in_force_from.checked_sub_days(Days::new(1)));
        let _ = write!(o, "<tr data-regime=\"{}\">", regime_code(rules.regime));
        el(&mut o, "td", "", &date(rules.in_force_from));
        el(
            &mut o,
            "td",
            "",
            &until.map_or_else(|| t("ingen slutdato kendt", "no end date known"), date),
        );
        let mut cell = Vec::new();
        if !rules.new_forloeb_allowed {
            cell.push(t(
                "Nye ressourceforløb kan ikke bevilges.",
                "No new ressourceforløb can be granted.",
            ));
        }
        cell.push(match lang {
            Lang::Da => format!(
                "Højst {} år pr. forløb ({}); frem til folkepensionsalderen ({}).",
                rules.max_years, rules.max_years_law, rules.pension_cap_law
            ),
            Lang::En => format!(
                "At most {} years per forløb ({}); up to the state pension age ({}).",
                rules.max_years, rules.max_years_law, rules.pension_cap_law
            ),
        });
        cell.push(match lang {
            Lang::Da => format!(
                "Fra {} år kræver endnu et forløb dit ønske ({}).",
                rules.wish_needed_for_another_from_age, rules.wish_needed_law
            ),
            Lang::En => format!(
                "From age {} another forløb needs your wish ({}).",
                rules.wish_needed_for_another_from_age, rules.wish_needed_law
            ),
        });
        if rules.six_year_rule {
            cell.push(t("Under 6 år til folkepensionsalderen: kun hvis du ønsker det (LAB § 112, stk. 3).", "Less than 6 years to the state pension age: only if you wish it (LAB § 112, stk. 3)."));
        }
        if rules.five_year_cap_40_50 {
            cell.push(t(
                "40–50 år: højst 5 år i alt uden dit ønske (LAB § 114, stk. 3).",
                "Age 40–50: at most 5 years in total without your wish (LAB § 114, stk. 3).",
            ));
        }
        cell.push(match lang {
            Lang::Da => format!(
                "Løn op til lønindtægtsgrænsen trækkes fra med {} %; over grænsen 55 %.",
                rules.wage_deduction_below_graense_pct
            ),
            Lang::En => format!(
                "Wages up to the wage limit are deducted at {} %; above it 55 %.",
                rules.wage_deduction_below_graense_pct
            ),
        });
        o.push_str("<td>");
        for line in &cell {
            el(&mut o, "p", "", line);
        }
        o.push_str("</td><td>");
        el(&mut o, "p", "class=\"law\"", rules.hjemmel);
        el(&mut o, "p", "class=\"kilde\"", rules.kilde);
        o.push_str("</td></tr>");
    }
    o.push_str("</tbody></table></div>");

    el(
        &mut o,
        "h2",
        "id=\"regler\"",
        &t(
            "Reglerne, paragraf for paragraf",
            "The rules, section by section",
        ),
    );
    for emne in EMNER {
        el(&mut o, "h3", "", &emne_name(emne, lang));
        o.push_str("<dl class=\"kilder-regler\">");
        for regel in REGLER.iter().filter(|r| r.emne == emne) {
            el(&mut o, "dt", "class=\"law\"", &regel.laws.join(" · "));
            el(&mut o, "dd", "", lang.pick(regel.da, regel.en));
        }
        o.push_str("</dl>");
    }

    el(
        &mut o,
        "h2",
        "id=\"folkepensionsalder\"",
        &t("Folkepensionsalder", "State pension age"),
    );
    o.push_str("<div class=\"kilder-scroll\"><table class=\"kilder-table\" id=\"folkepension-table\"><thead><tr>");
    for head in [
        t("Født fra", "Born from"),
        t("Alder", "Age"),
        t("Hjemmel og kilde", "Legal basis and source"),
    ] {
        el(&mut o, "th", "scope=\"col\"", &head);
    }
    o.push_str("</tr></thead><tbody>");
    for row in &PENSION_AGE_ROWS {
        o.push_str("<tr>");
        el(
            &mut o,
            "td",
            "",
            &if row.born_from.year() < 1900 {
                t("før 1954", "before 1954")
            } else {
                date(row.born_from)
            },
        );
        let half = if row.age_months % 12 == 6 { "½" } else { "" };
        el(
            &mut o,
            "td",
            "",
            &format!("{}{half} {}", row.age_months / 12, t("år", "years")),
        );
        o.push_str("<td>");
        el(&mut o, "p", "class=\"law\"", row.hjemmel);
        el(&mut o, "p", "class=\"kilde\"", row.kilde);
        if let Some((da, en)) = row.unverified {
            el(&mut o, "p", "class=\"status-usikker\"", lang.pick(da, en));
        }
        o.push_str("</td></tr>");
    }
    o.push_str("</tbody></table></div>");

    el(
        &mut o,
        "h2",
        "id=\"satser\"",
        &t("Satser pr. år", "Rates per year"),
    );
    el(&mut o, "p", "", &t(
        "Bekræftet: læst hos Beskæftigelsesministeriet eller STAR. Sekundær: kun læst i andre kilder (kommune, fagforening, brancheorganisation). Ikke fundet: intet tal, og beregneren bruger det aldrig. Et år kan vælges i beregneren, når satserne for forsørgere og ikke-forsørgere er fundet.",
        "Verified: read at the Ministry of Employment or STAR. Secondary: read only in other sources (a kommune, a union, a trade body). Not found: no figure, and the calculator never uses one. A year can be chosen in the calculator when the rates for people with and without a child to provide for are found.",
    ));
    for rates in &SATSER {
        let selectable = if rates.selectable() {
            t("kan vælges", "can be chosen")
        } else {
            t("kan ikke vælges", "cannot be chosen")
        };
        let _ = write!(o, "<h3 id=\"satser-{}\">", rates.year);
        let _ = write!(
            o,
            "{}</h3>",
            esc(&match lang {
                Lang::Da => format!(
                    "{} (gælder fra {}; {selectable})",
                    rates.year,
                    date(rates.gaeldende_fra)
                ),
                Lang::En => format!(
                    "{} (applies from {}; {selectable})",
                    rates.year,
                    date(rates.gaeldende_fra)
                ),
            })
        );
        let _ = write!(o, "<div class=\"kilder-scroll\"><table class=\"kilder-table\" data-year=\"{}\"><thead><tr>", rates.year);
        for head in [
            t("Sats", "Rate"),
            t("Beløb", "Amount"),
            t("Status", "Status"),
            t("Hjemmel og kilde", "Legal basis and source"),
        ] {
            el(&mut o, "th", "scope=\"col\"", &head);
        }
        o.push_str("</tr></thead><tbody>");
        for figur in FIGURER {
            let sats = rates.figur(figur);
            let status = match sats.map(|s| s.status) {
                Some(Kildestatus::Verified) => ("verified", t("Bekræftet", "Verified")),
                Some(Kildestatus::Secondary) => ("secondary", t("Sekundær", "Secondary")),
                None => ("not_found", t("Ikke fundet", "Not found")),
            };
            let _ = write!(
                o,
                "<tr data-figure=\"{figur:?}\" data-status=\"{}\">",
                status.0
            );
            let (name, unit) = (
                lang.pick(figur.name().0, figur.name().1),
                lang.pick(figur.unit().0, figur.unit().1),
            );
            el(&mut o, "th", "scope=\"row\"", &format!("{name} ({unit})"));
            el(
                &mut o,
                "td",
                "class=\"amount\"",
                &sats.map_or_else(
                    || "–".to_string(),
                    |s| match lang {
                        Lang::Da => kr_da(s.kr),
                        Lang::En => kr_en(s.kr),
                    },
                ),
            );
            el(&mut o, "td", "", &status.1);
            o.push_str("<td>");
            el(&mut o, "p", "class=\"law\"", figur.law());
            if let Some(s) = sats {
                el(&mut o, "p", "class=\"kilde\"", s.kilde);
            }
            o.push_str("</td></tr>");
        }
        o.push_str("</tbody></table></div>");
    }
    el(&mut o, "p", "", &t(
        "Citaterne fra kilderne og listen over det, der er søgt efter uden at blive fundet, står i docs/research/legal-currency-2026-12.md i kildekoden.",
        "The quotes from the sources and the list of what was searched for and not found are in docs/research/legal-currency-2026-12.md in the source code.",
    ));
    o.push_str("</main></body></html>\n");
    o
}

fn regime_code(regime: Regime) -> &'static str {
    match regime {
        Regime::R2013 => "2013",
        Regime::R2022 => "2022",
        Regime::R2026 => "2026",
    }
}

fn emne_name(emne: Emne, lang: Lang) -> String {
    let (da, en) = match emne {
        Emne::Ressourceforloeb => ("Ressourceforløb", "Ressourceforløb"),
        Emne::Jobafklaringsforloeb => ("Jobafklaringsforløb", "Jobafklaringsforløb"),
        Emne::Ydelse => (
            "Ressourceforløbsydelse",
            "Ressourceforløbsydelse (the benefit)",
        ),
        Emne::Folkepension => ("Folkepensionsalder", "State pension age"),
        Emne::Kontrol => ("Kontrol af kilderne", "Checking the sources"),
    };
    lang.pick(da, en).to_string()
}
