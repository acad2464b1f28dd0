//! Which ressourceforløb rules are in force on a date: the three regimes side by side as dated
//! rule sets (SPEC § 2; the 2013 regime in two, before and after LAB 2019 took effect), each with
//! its legal basis and source, and how far they were checked.

use super::assessment::{Reason, ReasonKind, Regime};
use super::kalender::{ymd, FIRST_SUPPORTED_DATE};
use super::situation::Situation;
use super::tekst::{date_da, date_en, reason};
use chrono::NaiveDate;

/// The rules for a new ressourceforløb that start on `in_force_from`.
pub struct RuleSet {
    pub regime: Regime,
    pub in_force_from: NaiveDate,
    pub hjemmel: &'static str,
    pub kilde: &'static str,
    /// Whether a new ressourceforløb can be granted at all.
    pub new_forloeb_allowed: bool,
    /// LAB § 114, stk. 1: "mindst 1 og højst 3 års varighed" (5 before 2022).
    pub max_years: u32,
    /// The reference for the maximum length.
    pub max_years_law: &'static str,
    /// "Der kan alene gives ressourceforløb frem til det tidspunkt, hvor personen når folkepensionsalderen".
    pub pension_cap_law: &'static str,
    /// LAB § 112, stk. 3: "mindre end 6 år til folkepensionsalderen" needs a wish (from 2022).
    pub six_year_rule: bool,
    /// LAB § 114, stk. 3: age 40–50 at most 5 years in total without a wish (from 2022).
    pub five_year_cap_40_50: bool,
    /// From this age a second or later forløb needs the person's wish ("over 50 år"; 40 before 2022).
    pub wish_needed_for_another_from_age: u32,
    pub wish_needed_law: &'static str,
    /// Per cent of wage income up to the lønindtægtsgrænse deducted from the ydelse (LAS § 68 a).
    pub wage_deduction_below_graense_pct: i64,
}

/// Lov nr. 548 af 7. maj 2019 (LAB) in force: before it, ressourceforløb were old LAB kapitel 12 a
/// (§§ 68 a–68 c) and jobafklaringsforløb kapitel 12 b (docs/kilder.md § 9).
pub const LAB_2019_FROM: NaiveDate = ymd(2020, 1, 1);

/// Wage above the lønindtægtsgrænse is deducted at 55 % in every regime (LAS § 68 a, stk. 2).
pub const WAGE_DEDUCTION_ABOVE_GRAENSE_PCT: i64 = 55;

/// Before LAB 548/2019 (1 January 2020) the rules were old LAB kapitel 12 a, whose section texts
/// were not seen: answers for those dates cite the chapter, and say so (review F14, F20).
pub const LAB_FOER_2020: &str = "LAB (før 2020) kapitel 12 a, §§ 68 a–68 c";

pub const RULE_SETS: [RuleSet; 4] = [
    RuleSet {
        regime: Regime::R2013,
        in_force_from: FIRST_SUPPORTED_DATE,
        hjemmel: "Lov om en aktiv beskæftigelsesindsats (før lov nr. 548 af 7. maj 2019) kapitel 12 a, §§ 68 a–68 c",
        kilde: "Ankestyrelsens praksisnotat om ressourceforløb, temamøde 10. marts 2022; lov nr. 1160 af 8. juni 2021 § 1, nr. 4 og 6 (ordlyden i LAB 2019, som reglerne før 2020 antages at svare til)",
        new_forloeb_allowed: true,
        max_years: 5,
        max_years_law: LAB_FOER_2020,
        pension_cap_law: LAB_FOER_2020,
        six_year_rule: false,
        five_year_cap_40_50: false,
        wish_needed_for_another_from_age: 40,
        wish_needed_law: LAB_FOER_2020,
        wage_deduction_below_graense_pct: 30,
    },
    RuleSet {
        regime: Regime::R2013,
        in_force_from: LAB_2019_FROM,
        hjemmel: "LAB §§ 112–115 før lov nr. 1160 af 8. juni 2021 (tidligere LAB §§ 68 a–c)",
        kilde: "Ankestyrelsens praksisnotat om ressourceforløb, temamøde 10. marts 2022; lov nr. 1160 af 8. juni 2021 § 1, nr. 4 og 6",
        new_forloeb_allowed: true,
        max_years: 5,
        max_years_law: "LAB § 114, stk. 1 (før 1. januar 2022)",
        pension_cap_law: "LAB § 114, stk. 3, 2. pkt. (før 1. januar 2022)",
        six_year_rule: false,
        five_year_cap_40_50: false,
        wish_needed_for_another_from_age: 40,
        wish_needed_law: "LAB § 114, stk. 3 (før 1. januar 2022)",
        wage_deduction_below_graense_pct: 30,
    },
    RuleSet {
        regime: Regime::R2022,
        in_force_from: ymd(2022, 1, 1),
        hjemmel: "Lov nr. 1160 af 8. juni 2021 (Bedre ressourceforløb m.v.)",
        kilde: "Lov nr. 1160 af 8. juni 2021 §§ 1, 6 og 7, gengivet i Ankestyrelsens praksisnotat (temamøde 10. marts 2022)",
        new_forloeb_allowed: true,
        max_years: 3,
        max_years_law: "LAB § 114, stk. 1",
        pension_cap_law: "LAB § 114, stk. 4, 2. pkt.",
        six_year_rule: true,
        five_year_cap_40_50: true,
        wish_needed_for_another_from_age: 50,
        wish_needed_law: "LAB § 114, stk. 4",
        wage_deduction_below_graense_pct: 0,
    },
    RuleSet {
        regime: Regime::R2026,
        in_force_from: ymd(2026, 2, 1),
        hjemmel: "Lov nr. 1750 af 29. december 2025",
        kilde: "https://star.dk/implementering/beskaeftigelsesreform/svar-paa-spoergsmaal-fra-webinar-den-21-januar-2026",
        new_forloeb_allowed: false,
        max_years: 3,
        max_years_law: "LAB § 114, stk. 1 (tidligere gældende)",
        pension_cap_law: "LAB § 114, stk. 4, 2. pkt. (tidligere gældende)",
        six_year_rule: true,
        five_year_cap_40_50: true,
        wish_needed_for_another_from_age: 50,
        wish_needed_law: "LAB § 114, stk. 4 (tidligere gældende)",
        wage_deduction_below_graense_pct: 0,
    },
];

/// The rules are checked against sources published up to 21 January 2026 (STAR's answers from its
/// webinar on lov 1750): they are known for dates up to the day lov 1750 took effect, and nothing
/// later. docs/research/legal-currency-2026-12.md § 2.
pub const KENDT_TIL: NaiveDate = ymd(2026, 2, 1);
/// How the known-until notice cites its basis.
pub const KENDT_TIL_LAW: &str = "Kilder til og med 21. januar 2026";
pub const KENDT_TIL_KILDE: &str = "https://star.dk/implementering/beskaeftigelsesreform/svar-paa-spoergsmaal-fra-webinar-den-21-januar-2026";

/// The second phase of the beskæftigelsesreform (a new LAB; jobafklaringsforløb abolished in the
/// draft bill), "forventes at træde i kraft 1. januar 2027" (STAR); not confirmed adopted.
pub const REFORM_2027: NaiveDate = ymd(2027, 1, 1);
pub const REFORM_2027_LAW: &str = "Beskæftigelsesreformens anden fase (forventet 1. januar 2027)";
pub const REFORM_2027_KILDE: &str = "https://star.dk/da/implementering/beskaeftigelsesreform/proces; KL's høringssvar 12. november 2025";

/// The rule set in force on `date`; dates before 2013 (rejected by validation) get the 2013 rules.
pub fn rules_on(date: NaiveDate) -> &'static RuleSet {
    RULE_SETS
        .iter()
        .rev()
        .find(|rules| date >= rules.in_force_from)
        .unwrap_or(&RULE_SETS[0])
}

/// The first day of the 2022 rules (lov 1160/2021 § 6, stk. 2) — its transitions use this day.
pub fn start_2022() -> NaiveDate {
    first_day(Regime::R2022)
}

/// The day lov nr. 1750 af 29. december 2025 stopped new ressourceforløb.
pub fn start_2026() -> NaiveDate {
    first_day(Regime::R2026)
}

fn first_day(regime: Regime) -> NaiveDate {
    RULE_SETS
        .iter()
        .find(|rules| rules.regime == regime)
        .map_or(FIRST_SUPPORTED_DATE, |rules| rules.in_force_from)
}

/// The notices: which rules apply on the date, and that no new ressourceforløb can be
/// granted from 1 February 2026.
pub fn notices(situation: &Situation) -> Vec<Reason> {
    let date = situation.date;
    let rules = rules_on(date);
    let (da_date, en_date) = (date_da(date), date_en(date));
    let mut notices = Vec::new();
    let (da, en) = match rules.regime {
        Regime::R2013 => (
            format!("Den {da_date} gælder reglerne fra før 1. januar 2022: et ressourceforløb varer 1 til 5 år, og er du fyldt 40 år, kan du kun få mere end ét forløb, hvis du selv ønsker det."),
            format!("On {en_date} the rules from before 1 January 2022 apply: a ressourceforløb lasts 1 to 5 years, and from age 40 you can only get more than one forløb if you wish it yourself."),
        ),
        Regime::R2022 => (
            format!("Den {da_date} gælder reglerne fra lov nr. 1160 af 8. juni 2021: et ressourceforløb varer 1 til 3 år, med særlige regler fra 40 og 50 år og når der er mindre end 6 år til folkepensionsalderen."),
            format!("On {en_date} the rules of Act no. 1160 of 8 June 2021 apply: a ressourceforløb lasts 1 to 3 years, with special rules from age 40 and 50 and when less than 6 years remain to the state pension age."),
        ),
        Regime::R2026 => (
            format!("Den {da_date} gælder lov nr. 1750 af 29. december 2025: ressourceforløb er afskaffet for nye borgere fra 1. februar 2026. Jobafklaringsforløb findes stadig."),
            format!("On {en_date} Act no. 1750 of 29 December 2025 applies: ressourceforløb were abolished for new citizens from 1 February 2026. Jobafklaringsforløb still exist."),
        ),
    };
    notices.push(reason(ReasonKind::Reason, rules.hjemmel, da, en));
    if date < LAB_2019_FROM {
        notices.push(reason(
            ReasonKind::Uncertain,
            LAB_FOER_2020,
            "Før 1. januar 2020 stod reglerne om ressourceforløb i den tidligere beskæftigelseslov, kapitel 12 a (§§ 68 a–68 c). Den tekst har vi ikke set ord for ord. Svaret bygger på reglerne, som de stod i loven fra 2020 (1 til 5 år, eget ønske fra 40 år, højst til folkepensionsalderen), og henviser derfor til kapitlet.".into(),
            "Before 1 January 2020 the rules on ressourceforløb were in the former employment act, chapter 12 a (sections 68 a–68 c). We have not seen that text word for word. The answer rests on the rules as they stood in the act from 2020 (1 to 5 years, own wish from age 40, at most to the state pension age), and so cites the chapter.".into(),
        ));
    }
    if rules.regime == Regime::R2026 {
        notices.extend(transition_1750());
    } else {
        notices.push(reason(
            ReasonKind::Information,
            LOV_1750,
            "Bemærk: Fra 1. februar 2026 kan der ikke bevilges nye ressourceforløb (lov nr. 1750 af 29. december 2025). Beregningen her gælder et forløb, der starter før den dato.".into(),
            "Note: from 1 February 2026 no new ressourceforløb can be granted (Act no. 1750 of 29 December 2025). This calculation is for a forløb that starts before that date.".into(),
        ));
    }
    if date > KENDT_TIL {
        notices.push(reason(
            ReasonKind::Uncertain,
            KENDT_TIL_LAW,
            format!("Vi har kontrolleret reglerne mod kilder, der er offentliggjort til og med januar 2026. Ændringer, der gælder efter 1. februar 2026, har vi ikke kontrolleret, så svaret for den {da_date} kan være forældet."),
            format!("We have checked the rules against sources published up to January 2026. Changes that apply after 1 February 2026 have not been checked, so the answer for {en_date} may be out of date."),
        ));
    }
    if date >= REFORM_2027 {
        notices.push(reason(
            ReasonKind::Uncertain,
            REFORM_2027_LAW,
            "Fra 1. januar 2027 ventes anden fase af beskæftigelsesreformen: en ny lov om en aktiv beskæftigelsesindsats, og efter lovudkastet afskaffes jobafklaringsforløb og sygedagpengene nedsættes. Vi har ikke kunnet bekræfte, at loven er vedtaget. Svarene bruger reglerne fra 2026.".into(),
            "From 1 January 2027 the second phase of the employment reform is expected: a new act on active employment measures, and under the draft bill jobafklaringsforløb are abolished and sygedagpenge reduced. We could not confirm that the act was adopted. The answers use the 2026 rules.".into(),
        ));
    }
    notices
}

const LOV_1750: &str = "Lov nr. 1750 af 29. december 2025";

/// What the sources say about a ressourceforløb running on 1 February 2026, and what they don't.
fn transition_1750() -> [Reason; 2] {
    [
        reason(
            ReasonKind::Information,
            "Lov nr. 1750 af 29. december 2025, § 4, nr. 6",
            "Loven afskaffer ressourceforløb for nye borgere, men den taler stadig om ressourceforløbsydelse i ressourceforløb efter det tidligere gældende kapitel 6 a i lov om aktiv socialpolitik. Vejledere for kommunerne skriver, at forløb, der er sat i gang, kan gennemføres. Et forløb, der var i gang før 1. februar 2026, fortsætter altså efter de tidligere regler.".into(),
            "The act abolishes ressourceforløb for new citizens, but it still refers to ressourceforløbsydelse in ressourceforløb under the former chapter 6 a of the Active Social Policy Act. Advisers to the kommuner write that forløb already started can be completed. So a forløb that was running before 1 February 2026 continues under the previous rules.".into(),
        ),
        reason(
            ReasonKind::Uncertain,
            LOV_1750,
            "Vi har ikke fundet lovens overgangsregler. Derfor ved vi ikke: om et forløb i gang fortsætter til den planlagte slutdato, om det kan forlænges, hvad der gælder for et forløb, der blev bevilget før, men starter efter 1. februar 2026, om ydelsen (også den, der svarer til sygedagpenge, og fradraget for løn) er uændret, og hvilke satser der gælder i 2026. Beregningen af ydelsen bruger reglerne fra 2022 og er kun vejledende.".into(),
            "We have not found the act's transition rules. So we do not know: whether a running forløb continues to its planned end date, whether it can be extended, what applies to a forløb granted before but starting after 1 February 2026, whether the benefit (including the one equal to sygedagpenge and the wage deduction) is unchanged, and which rates apply in 2026. The benefit estimate uses the 2022 rules and is only a guide.".into(),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::kalender::add_days;

    fn laws_on(date: NaiveDate) -> Vec<String> {
        notices(&Situation::new(date, ymd(1975, 4, 10)))
            .into_iter()
            .map(|n| n.law)
            .collect()
    }

    /// The known-until notice from the day after `KENDT_TIL`; the 2027 reform from its first day.
    #[test]
    fn notices_for_unchecked_dates_start_on_their_day() {
        let unchecked = KENDT_TIL_LAW.to_string();
        let reform = REFORM_2027_LAW.to_string();
        assert!(!laws_on(KENDT_TIL).contains(&unchecked));
        assert!(laws_on(add_days(KENDT_TIL, 1)).contains(&unchecked));
        assert!(!laws_on(add_days(REFORM_2027, -1)).contains(&reform));
        assert!(laws_on(REFORM_2027).contains(&reform));
        assert!(!laws_on(ymd(2021, 6, 1)).contains(&unchecked));
        // The pre-2020 chapter reference up to the day before LAB 548/2019 (review F14).
        assert!(laws_on(add_days(LAB_2019_FROM, -1)).contains(&LAB_FOER_2020.to_string()));
        assert!(!laws_on(LAB_2019_FROM).contains(&LAB_FOER_2020.to_string()));
        assert_eq!(
            rules_on(add_days(LAB_2019_FROM, -1)).max_years_law,
            LAB_FOER_2020
        );
        assert_eq!(
            rules_on(LAB_2019_FROM).max_years_law,
            "LAB § 114, stk. 1 (før 1. januar 2022)"
        );
    }
}
