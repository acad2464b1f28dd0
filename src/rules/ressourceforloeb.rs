//! Ressourceforløb (LAB §§ 112–114, lov nr. 1160 af 8. juni 2021 § 7): R1–R10 of SPEC § 3,
//! in the order of docs/regler.md "Outcome".

use super::assessment::{
    Reason, ReasonKind, Regime, RessourceforloebOutcome as Outcome, RessourceforloebResult,
};
use super::kalender::{add_days, anniversary_months, period_end, split_months, whole_months, ymd};
use super::regime::{start_2022, start_2026, LAB_2019_FROM, LAB_FOER_2020};
use super::situation::{Answer, Situation, YdelseBefore};
use super::tekst::{
    date_da, date_en, pension_age_da, pension_age_en, reason, years_months_da, years_months_en,
};
use super::{day_before, five_year_cap_end, Facts, UsedTime};
use chrono::NaiveDate;
use ReasonKind::{Information, NextStep, Uncertain};

/// Lov 1160/2021 § 6, stk. 1: "Loven træder i kraft den 1. juli 2021" (its new rules on 1 January 2022).
const LOV_1160_I_KRAFT: NaiveDate = ymd(2021, 7, 1);

/// A reference to LAB 548/2019, or for dates before it took effect the old chapter (review F14).
fn lab(s: &Situation, law: &'static str) -> &'static str {
    if s.date < LAB_2019_FROM {
        LAB_FOER_2020
    } else {
        law
    }
}

/// The assessment of a new ressourceforløb starting on `situation.date`.
pub fn ressourceforloeb(s: &Situation, f: &Facts) -> RessourceforloebResult {
    let mut reasons = Vec::new();
    // Granted before lov 1750/2025 took effect but starting after: the transition is not
    // verified, so the rules are applied as before and the answer is held open (review F13).
    let granted_before_abolition = s.decision_date() < start_2026();
    if !f.rules.new_forloeb_allowed {
        if !granted_before_abolition {
            abolished(s, &mut reasons);
            return closed(Outcome::NotPossible, reasons);
        }
        transition_2026(s, &mut reasons);
    }
    let date = s.date;
    let longest_end = forloeb_end(date, f.rules.max_years * 12);
    let pension_end = day_before(f.pension_date);
    let minimum_end = forloeb_end(date, 12);
    let end_with_wish = longest_end.min(pension_end);
    // § 114, stk. 4, 2. pkt. with stk. 1 excludes every forløb, whatever the open answers would
    // show: no advice to gather medical evidence for a forløb that cannot exist (review F2).
    if pension_end < minimum_end {
        reasons.push(pension_cap(s, f, pension_end, true));
        pension_next_steps(s, f, &mut reasons);
        return closed(Outcome::NotPossible, reasons);
    }
    if let Some(outcome) = target_group_and_perspective(s, &mut reasons) {
        return closed(outcome, reasons);
    }
    reasons.push(reason(
        ReasonKind::Reason,
        f.rules.max_years_law,
        format!(
            "Et ressourceforløb skal vare mindst 1 og højst {} år. Et forløb, der starter den {}, kan højst vare til og med {}.",
            f.rules.max_years, date_da(date), date_da(longest_end)
        ),
        format!(
            "A ressourceforløb must last at least 1 and at most {} years. A forløb starting on {} can last until {} at the latest.",
            f.rules.max_years, date_en(date), date_en(longest_end)
        ),
    ));
    transition_2022(s, f, &mut reasons);
    if pension_end < longest_end {
        reasons.push(pension_cap(s, f, pension_end, false));
    }

    let mut wish_needed = false;
    wish_needed |= foertidspension_needs_wish(s, &mut reasons);
    wish_needed |= six_year_rule(s, f, end_with_wish, &mut reasons);
    wish_needed |= another_forloeb_needs_wish(s, f, &mut reasons);
    let (cap_needs_wish, cap_end) = five_year_cap(s, f, minimum_end, end_with_wish, &mut reasons);
    wish_needed |= cap_needs_wish;

    let outcome = if wish_needed {
        Outcome::OnlyIfWished
    } else {
        Outcome::Possible
    };
    let latest_end = match cap_end {
        Some(cap_end) if outcome == Outcome::Possible && !s.wishes_forloeb => {
            end_with_wish.min(cap_end)
        }
        _ => end_with_wish,
    };
    let max_months = anniversary_months(date, add_days(latest_end, 1));
    reasons.push(reason(
        ReasonKind::Reason,
        f.rules.max_years_law,
        format!(
            "Det længste forløb, der kan bevilges fra den {}{}, varer til og med {}: {} måneder. Kommunen fastsætter den præcise varighed, når den bevilger forløbet (principmeddelelse 82-16).",
            date_da(date), if outcome == Outcome::OnlyIfWished { ", hvis du selv ønsker det" } else { "" }, date_da(latest_end), max_months
        ),
        format!(
            "The longest forløb that can be granted from {}{} lasts until {}: {} months. The kommune fixes the exact duration when it grants the forløb (principle decision 82-16).",
            date_en(date), if outcome == Outcome::OnlyIfWished { ", if you wish it yourself," } else { "" }, date_en(latest_end), max_months
        ),
    ));
    if outcome == Outcome::OnlyIfWished {
        wish_explained(s, &mut reasons);
    }
    rights(s, f, &mut reasons);
    if !f.rules.new_forloeb_allowed {
        return closed(Outcome::InsufficientInformation, reasons);
    }
    RessourceforloebResult {
        outcome,
        max_months: Some(max_months),
        latest_end: Some(latest_end),
        reasons,
    }
}

/// The last day of a forløb of `months` starting on `start` (docs/regler.md).
fn forloeb_end(start: NaiveDate, months: u32) -> NaiveDate {
    period_end(start, months)
}

fn closed(outcome: Outcome, reasons: Vec<Reason>) -> RessourceforloebResult {
    RessourceforloebResult {
        outcome,
        max_months: None,
        latest_end: None,
        reasons,
    }
}

/// Lov nr. 1750 af 29. december 2025: "afskaffelse af ressourceforløb" for new citizens from 1 February 2026.
fn abolished(s: &Situation, reasons: &mut Vec<Reason>) {
    reasons.push(reason(
        ReasonKind::Reason,
        LOV_1750,
        format!("Fra 1. februar 2026 kan kommunen ikke bevilge nye ressourceforløb. Forløbet skulle starte den {}, så det kan ikke bevilges.", date_da(s.date)),
        format!("From 1 February 2026 the kommune cannot grant new ressourceforløb. The forløb would start on {}, so it cannot be granted.", date_en(s.date)),
    ));
    next_steps(reasons);
}

const LOV_1750: &str = "Lov nr. 1750 af 29. december 2025";

/// Lov nr. 1750/2025 for a forløb granted before 1 February 2026 that starts later: the act
/// abolishes ressourceforløb "for nye borgere"; its transition rules were not found (kilder.md § 6).
fn transition_2026(s: &Situation, reasons: &mut Vec<Reason>) {
    reasons.push(reason(
        Uncertain,
        LOV_1750,
        format!("Ressourceforløb er afskaffet for nye borgere fra 1. februar 2026. Kommunen bevilgede forløbet den {}, før den dato, men det starter den {}. Om det kan gennemføres, afhænger af lovens overgangsregler, som vi ikke har kunnet kontrollere. Derfor kan beregneren ikke give et svar; nedenfor står, hvad de tidligere regler ville give. Spørg kommunen.", date_da(s.decision_date()), date_da(s.date)),
        format!("Ressourceforløb were abolished for new citizens from 1 February 2026. The kommune granted the forløb on {}, before that date, but it starts on {}. Whether it can go ahead depends on the act's transition rules, which we could not check. So the calculator cannot give an answer; below is what the previous rules would give. Ask the kommune.", date_en(s.decision_date()), date_en(s.date)),
    ));
}

/// Førtidspension before the forløb (LAS kapitel 6 a, seed 000: the pension continues): a
/// ressourceforløb is then described as voluntary — secondary sources only (review F12).
fn foertidspension_needs_wish(s: &Situation, reasons: &mut Vec<Reason>) -> bool {
    if s.ydelse_before != YdelseBefore::Foertidspension {
        return false;
    }
    reasons.push(reason(
        ReasonKind::Reason,
        lab(s, "LAB § 112; lov om social pension"),
        "Du får førtidspension. Et ressourceforløb for en førtidspensionist beskrives som frivilligt: det er for den, der selv ønsker at prøve at udvikle sin arbejdsevne. Kommunen kan derfor kun bevilge det, hvis du selv ønsker det.".into(),
        "You receive førtidspension (disability pension). A ressourceforløb for someone on førtidspension is described as voluntary: it is for those who wish to try to develop their work capacity. So the kommune can only grant it if you wish it yourself.".into(),
    ));
    reasons.push(reason(
        Uncertain,
        lab(s, "LAB § 112; lov om social pension"),
        "At forløbet er frivilligt for førtidspensionister, står hos patientforeninger og vejledere (fx ADHD-foreningen), men vi har ikke fundet det i lovteksten.".into(),
        "That the forløb is voluntary for people on førtidspension is stated by patient associations and advisers (e.g. the ADHD association), but we have not found it in the text of the act.".into(),
    ));
    true
}

/// R1 (LAB § 112, stk. 1) and R2 (§ 112, stk. 2); the outcome when they decide it.
fn target_group_and_perspective(s: &Situation, reasons: &mut Vec<Reason>) -> Option<Outcome> {
    let mut outcome = None;
    match s.target_group {
        Answer::No => {
            reasons.push(reason(
                ReasonKind::Reason,
                lab(s, "LAB § 112, stk. 1"),
                "Du er ikke i målgruppen. Et ressourceforløb er for personer med komplekse problemer ud over ledighed, som ikke har kunnet løses med en almindelig indsats, og som kræver en tværfaglig indsats (principmeddelelse 24-14 og 1-15). Derfor kan du ikke få et ressourceforløb.".into(),
                "You are not in the target group. A ressourceforløb is for people with complex problems beyond unemployment that an ordinary effort could not solve and that need a cross-disciplinary effort (principle decisions 24-14 and 1-15). So you cannot get a ressourceforløb.".into(),
            ));
            outcome = Some(Outcome::NotPossible);
        }
        Answer::Unclear => reasons.push(reason(
            ReasonKind::Reason,
            lab(s, "LAB § 112, stk. 1"),
            "Det er ikke afklaret, om du er i målgruppen: komplekse problemer ud over ledighed, som ikke kan løses med en almindelig indsats, og som kræver en tværfaglig indsats. Desuden skal du enten have fået offentlig forsørgelse i længere tid, have deltaget i tilbud uden at komme tættere på arbejdsmarkedet, eller have brug for en længere indsats, før der kan sættes et konkret jobmål (§ 112, stk. 1, nr. 1–3).".into(),
            "It has not been established whether you are in the target group: complex problems beyond unemployment that an ordinary effort cannot solve and that need a cross-disciplinary effort. You must also have received public support for a long time, have taken part in tilbud without getting closer to the labour market, or need a long effort before a concrete job goal can be set (§ 112(1), nos. 1–3).".into(),
        )),
        Answer::Yes => {}
    }
    match s.development_perspective {
        Answer::No => {
            reasons.push(reason(
                ReasonKind::Reason,
                lab(s, "LAB § 112, stk. 2"),
                "Der er ikke et udviklingsperspektiv for din arbejdsevne. Er det dokumenteret eller helt åbenbart, at arbejdsevnen ikke kan forbedres, skal et ressourceforløb ikke iværksættes (principmeddelelse 58-18).".into(),
                "There is no prospect of developing your work capacity. If it is documented or entirely obvious that the work capacity cannot be improved, a ressourceforløb must not be started (principle decision 58-18).".into(),
            ));
            reasons.push(reason(
                NextStep,
                "Lov om social pension § 16",
                "Kommunen skal i stedet vurdere, om der skal rejses en sag om førtidspension. Du kan selv bede kommunen om det.".into(),
                "Instead the kommune must consider opening a case about førtidspension (disability pension). You can ask the kommune to do so.".into(),
            ));
            outcome = Some(Outcome::NotPossible);
        }
        Answer::Unclear => {
            reasons.push(reason(
                ReasonKind::Reason,
                lab(s, "LAB § 112, stk. 2"),
                "Det er ikke afklaret, om der er et udviklingsperspektiv for din arbejdsevne. Der skal positivt kunne peges på et; at det ikke kan udelukkes, er ikke nok (principmeddelelse 58-18).".into(),
                "It has not been established whether there is a prospect of developing your work capacity. One must positively be pointed out; that it cannot be ruled out is not enough (principle decision 58-18).".into(),
            ));
            reasons.push(reason(
                Information,
                lab(s, "LAB § 112, stk. 2"),
                "Tegn på et udviklingsperspektiv: der er relevante behandlingsmuligheder; arbejdsevnen er ikke afklaret og prøvet udviklet i forhold til det brede arbejdsmarked; manglende afklaring skyldes også andre forhold, fx motivation; der kan være brug for mentor, en funktionsevnebeskrivelse i hjemmet eller hjælpemidler. Tegn imod: ingen mulighed for bedring af et meget dårligt helbred eller en meget ringe funktionsevne, eller tiltag der kun sigter på bedre livskvalitet.".into(),
                "Signs of a development prospect: there are relevant treatment options; the work capacity has not been clarified and tried developed for the broad labour market; the lack of clarification also has other causes, e.g. motivation; a mentor, a description of functioning at home or aids may be needed. Signs against: no chance of improving very poor health or very poor functioning, or measures aimed only at a better quality of life.".into(),
            ));
        }
        Answer::Yes => {}
    }
    if outcome.is_some() {
        next_steps(reasons);
        return outcome;
    }
    if s.target_group == Answer::Unclear || s.development_perspective == Answer::Unclear {
        reasons.push(reason(
            NextStep,
            "Principmeddelelse 24-20",
            "Sagen er ikke tilstrækkeligt oplyst. Bed kommunen om at indhente en aktuel lægeattest (LÆ 265) og oplysninger fra speciallæge eller psykiatri og om at opdatere den forberedende del af rehabiliteringsplanen. Mangler de oplysninger, kan afgørelsen blive hjemvist (Ankestyrelsens sag 5 og 19).".into(),
            "The case is not sufficiently informed. Ask the kommune to obtain a current medical certificate (LÆ 265) and information from specialists or psychiatry, and to update the preparatory part of the rehabilitation plan. Without that information the decision can be sent back (Ankestyrelsen's cases 5 and 19).".into(),
        ));
        return Some(Outcome::InsufficientInformation);
    }
    None
}

/// Lov 1160/2021 § 7, stk. 3 and 5: forløb begun or granted before 1 January 2022.
fn transition_2022(s: &Situation, f: &Facts, reasons: &mut Vec<Reason>) {
    let law = "Lov nr. 1160 af 8. juni 2021 § 7";
    if s.decision_date() < start_2022() && s.date >= start_2022() {
        reasons.push(reason(
            ReasonKind::Reason,
            "Lov nr. 1160 af 8. juni 2021 § 7, stk. 5",
            format!("Forløbet blev bevilget den {}, før 1. januar 2022, men starter den {}. Så gælder den nye regel om højst 3 år.", date_da(s.decision_date()), date_da(s.date)),
            format!("The forløb was granted on {}, before 1 January 2022, but starts on {}. So the new rule of at most 3 years applies.", date_en(s.decision_date()), date_en(s.date)),
        ));
        if f.age.0 >= 40 && !s.previous_forloeb.is_empty() {
            reasons.push(reason(
                Uncertain,
                law,
                "Loven udstrækker kun to nye regler udtrykkeligt til et forløb, der er bevilget før 1. januar 2022 og starter senere: 6-årsreglen og højst 3 år (§ 7, stk. 4 og 5). Om reglerne for 40–50 og over 50 år gælder for det, eller de gamle regler (fra 40 år kun med dit ønske), siger loven ikke. Beregneren bruger de nye regler; efter de gamle kræver endnu et forløb dit ønske.".into(),
                "The act extends only two new rules expressly to a forløb granted before 1 January 2022 that starts later: the 6-year rule and at most 3 years (§ 7(4) and (5)). Whether the rules for ages 40–50 and over 50 apply to it, or the old ones (from 40 only with your wish), the act does not say. The calculator uses the new rules; under the old ones another forløb needs your wish.".into(),
            ));
        }
    }
    for earlier in &s.previous_forloeb {
        if earlier.start < start_2022()
            && earlier.end >= start_2022()
            && forloeb_end(earlier.start, 36) < earlier.end
        {
            reasons.push(reason(
                Information,
                &format!("{law}, stk. 3"),
                format!("Dit forløb fra {} til {} var længere end 3 år og begyndte før 1. januar 2022. Et sådant forløb fortsætter, til det er afsluttet.", date_da(earlier.start), date_da(earlier.end)),
                format!("Your forløb from {} to {} was longer than 3 years and began before 1 January 2022. Such a forløb continues until it ends.", date_en(earlier.start), date_en(earlier.end)),
            ));
        }
    }
}

/// R7: "Der kan alene gives ressourceforløb frem til det tidspunkt, hvor personen når folkepensionsalderen".
fn pension_cap(s: &Situation, f: &Facts, pension_end: NaiveDate, too_short: bool) -> Reason {
    let (mut da, mut en) = (
        format!("Et ressourceforløb kan kun gives frem til den dag, du når folkepensionsalderen ({}, den {}). Forløbet kan derfor højst vare til og med {}.", pension_age_da(f.pension_age_months), date_da(f.pension_date), date_da(pension_end)),
        format!("A ressourceforløb can only be given until the day you reach the state pension age ({}, on {}). The forløb can therefore last until {} at the latest.", pension_age_en(f.pension_age_months), date_en(f.pension_date), date_en(pension_end)),
    );
    if too_short {
        da += &format!(" Det er mindre end minimumsvarigheden på 1 år fra den {}. Derfor kan du ikke få et nyt ressourceforløb, heller ikke hvis du selv ønsker det.", date_da(s.date));
        en += &format!(" That is less than the minimum of 1 year from {}. So you cannot get a new ressourceforløb, even if you wish it.", date_en(s.date));
    }
    reason(ReasonKind::Reason, f.rules.pension_cap_law, da, en)
}

/// R7, LAB § 112, stk. 3: "mindre end 6 år til folkepensionsalderen … medmindre personen selv ønsker det";
/// measured on 1 January 2022 for a forløb granted before it (lov 1160/2021 § 7, stk. 4).
fn six_year_rule(
    s: &Situation,
    f: &Facts,
    end_with_wish: NaiveDate,
    reasons: &mut Vec<Reason>,
) -> bool {
    if !f.rules.six_year_rule {
        return false;
    }
    let granted_before_2022 = s.decision_date() < start_2022();
    let measured_on = if granted_before_2022 {
        start_2022()
    } else {
        s.date
    };
    let (age_y, age_m) = f.age;
    let (left_y, left_m) = split_months(whole_months(measured_on, f.pension_date));
    let applies = measured_on > f.six_years_before_pension;
    let age_da = years_months_da(age_y, age_m);
    let age_en = years_months_en(age_y, age_m);
    let pension_da = format!(
        "Du når folkepensionsalderen ({}) den {}",
        pension_age_da(f.pension_age_months),
        date_da(f.pension_date)
    );
    let pension_en = format!(
        "You reach the state pension age ({}) on {}",
        pension_age_en(f.pension_age_months),
        date_en(f.pension_date)
    );
    if applies {
        let (from_da, from_en) = if granted_before_2022 {
            (
                format!("Forløbet blev bevilget før 1. januar 2022, så det afgørende er, hvor lang tid der var tilbage den 1. januar 2022 (lov nr. 1160 af 8. juni 2021 § 7, stk. 4): {} — mindre end 6 år.", years_months_da(left_y, left_m)),
                format!("The forløb was granted before 1 January 2022, so what counts is the time left on 1 January 2022 (Act no. 1160 of 8 June 2021 § 7(4)): {} — less than 6 years.", years_months_en(left_y, left_m)),
            )
        } else {
            (
                format!(
                    "altså om {} — mindre end 6 år.",
                    years_months_da(left_y, left_m)
                ),
                format!(
                    "that is in {} — less than 6 years.",
                    years_months_en(left_y, left_m)
                ),
            )
        };
        let sep = if granted_before_2022 { ". " } else { ", " };
        reasons.push(reason(
            ReasonKind::Reason,
            "LAB § 112, stk. 3",
            format!("Du er {age_da} den {}. {pension_da}{sep}{from_da} Har man mindre end 6 år til folkepensionsalderen, skal der ikke iværksættes et ressourceforløb, medmindre man selv ønsker det.", date_da(s.date)),
            format!("You are {age_en} on {}. {pension_en}{sep}{from_en} With less than 6 years to the state pension age, a ressourceforløb must not be started unless you wish it yourself.", date_en(s.date)),
        ));
        return true;
    }
    let turns_point = add_days(f.six_years_before_pension, 1);
    if granted_before_2022 && turns_point <= s.date {
        reasons.push(reason(
            ReasonKind::Reason,
            "Lov nr. 1160 af 8. juni 2021 § 7, stk. 4",
            format!("{pension_da}. Forløbet blev bevilget før 1. januar 2022, og den 1. januar 2022 var der mere end 6 år tilbage. Så gælder 6-årsreglen ikke, selv om der er mindre end 6 år tilbage, når forløbet starter."),
            format!("{pension_en}. The forløb was granted before 1 January 2022, and on 1 January 2022 more than 6 years remained. So the 6-year rule does not apply, even though less than 6 years remain when the forløb starts."),
        ));
        if s.decision_date() >= LOV_1160_I_KRAFT {
            reasons.push(reason(
                Uncertain,
                "Lov nr. 1160 af 8. juni 2021 § 7, stk. 4",
                format!("Bestemmelsen gælder forløb bevilget »før lovens ikrafttræden«. Loven trådte i kraft 1. juli 2021, de nye regler 1. januar 2022, og kommunen bevilgede forløbet den {}, mellem de to datoer. Beregneren læser det som »før 1. januar 2022«. Læst efter ordlyden gælder 6-årsreglen, og så kræver forløbet dit eget ønske.", date_da(s.decision_date())),
                format!("The provision covers forløb granted \"before the act takes effect\". The act took effect on 1 July 2021, the new rules on 1 January 2022, and the kommune granted the forløb on {}, between the two. The calculator reads it as \"before 1 January 2022\". Read literally, the 6-year rule applies, and then the forløb needs your own wish.", date_en(s.decision_date())),
            ));
        }
    } else if s.date < turns_point && turns_point <= end_with_wish {
        reasons.push(reason(
            Information,
            "LAB § 112, stk. 3, 2. pkt.",
            format!("{pension_da}. Fra den {} er der mindre end 6 år tilbage. Når du når det tidspunkt i løbet af et forløb, fortsætter forløbet, til det er afsluttet.", date_da(turns_point)),
            format!("{pension_en}. From {} less than 6 years remain. If you reach that point during a forløb, the forløb continues until it ends.", date_en(turns_point)),
        ));
    }
    false
}

/// R6: "Er personen over 50 år, kan kommunen tilbyde mere end ét ressourceforløb, hvis personen ønsker det"
/// (LAB § 114, stk. 4; "over 40 år" before 2022).
fn another_forloeb_needs_wish(s: &Situation, f: &Facts, reasons: &mut Vec<Reason>) -> bool {
    let from_age = f.rules.wish_needed_for_another_from_age;
    if f.age.0 < from_age || s.previous_forloeb.is_empty() {
        return false;
    }
    let count = s.previous_forloeb.len();
    let (forloeb_da, forloeb_en) = if count == 1 {
        (
            "ét ressourceforløb".to_string(),
            "one ressourceforløb".to_string(),
        )
    } else {
        (
            format!("{count} ressourceforløb"),
            format!("{count} ressourceforløb"),
        )
    };
    reasons.push(reason(
        ReasonKind::Reason,
        f.rules.wish_needed_law,
        format!(
            "Du er {} og har tidligere været i {forloeb_da}. Er man fyldt {from_age} år, kan kommunen kun tilbyde mere end ét ressourceforløb, hvis man selv ønsker det — uanset om det første forløb begyndte før eller efter {from_age}-årsdagen. Du har ikke pligt til at tage imod endnu et forløb (principmeddelelse 82-16).",
            years_months_da(f.age.0, f.age.1)
        ),
        format!(
            "You are {} and have been in {forloeb_en} before. From age {from_age} the kommune can only offer more than one ressourceforløb if you wish it yourself — whether the first forløb began before or after your {from_age}th birthday. You have no duty to accept another forløb (principle decision 82-16).",
            years_months_en(f.age.0, f.age.1)
        ),
    ));
    if f.rules.regime == Regime::R2013 {
        reasons.push(reason(
            Uncertain,
            f.rules.wish_needed_law,
            "At det gælder, uanset hvornår det første forløb begyndte, står udtrykkeligt kun om reglerne fra 2022 (over 50 år). For reglerne før 2022 er det vores læsning.".into(),
            "That this applies whenever the first forløb began is stated expressly only for the rules from 2022 (over 50). For the rules before 2022 it is our reading.".into(),
        ));
    }
    true
}

/// R5, LAB § 114, stk. 3: "mellem 40 og 50 år … samlede periode … ikke overstige 5 år, medmindre personen ønsker det".
/// Returns whether the cap makes a wish necessary, and the latest end the cap allows without a wish.
fn five_year_cap(
    s: &Situation,
    f: &Facts,
    minimum_end: NaiveDate,
    end_with_wish: NaiveDate,
    reasons: &mut Vec<Reason>,
) -> (bool, Option<NaiveDate>) {
    if f.rules.five_year_cap_40_50 && f.age.0 < 40 && f.birthday_40 <= end_with_wish {
        reasons.push(reason(
            Information,
            "LAB § 114, stk. 3, 2. pkt.",
            format!("Du fylder 40 år den {}. Sker det under et forløb, fortsætter du forløbet, til det er afsluttet, selv om den samlede tid i ressourceforløb kommer over 5 år.", date_da(f.birthday_40)),
            format!("You turn 40 on {}. If that happens during a forløb, you continue the forløb until it ends, even if your total time in ressourceforløb goes over 5 years.", date_en(f.birthday_40)),
        ));
    }
    if !f.five_year_cap_applies() {
        return (false, None);
    }
    let used = f.used;
    let cap_end = five_year_cap_end(s.date, used);
    let needs_wish = cap_end < minimum_end;
    if !needs_wish && cap_end >= end_with_wish {
        return (false, Some(cap_end));
    }
    let (used_da, used_en) = used_time_text(used);
    let (limit_da, limit_en) = if cap_end < s.date {
        (
            "Du har allerede brugt de 5 år".to_string(),
            "You have already used the 5 years".to_string(),
        )
    } else {
        (
            format!(
                "Uden dit ønske kan et nyt forløb derfor højst vare til og med {}",
                date_da(cap_end)
            ),
            format!(
                "Without your wish a new forløb can therefore last until {} at the latest",
                date_en(cap_end)
            ),
        )
    };
    let intro_da = format!(
        "Du er {}. Mellem 40 og 50 år må den samlede tid i ressourceforløb højst være 5 år, medmindre du selv ønsker mere. Tiden tælles i kalenderår og -måneder. Du har allerede været i ressourceforløb i {used_da}. {limit_da}",
        years_months_da(f.age.0, f.age.1)
    );
    let intro_en = format!(
        "You are {}. Between 40 and 50 the total time in ressourceforløb may be at most 5 years unless you wish more. The time is counted in calendar years and months. You have already been in ressourceforløb for {used_en}. {limit_en}",
        years_months_en(f.age.0, f.age.1)
    );
    let (da, en) = if needs_wish {
        (
            format!("{intro_da}, og det er mindre end minimumsvarigheden på 1 år. Derfor kræver et nyt forløb, at du selv ønsker det."),
            format!("{intro_en}, which is less than the minimum of 1 year. So a new forløb needs your own wish."),
        )
    } else if s.wishes_forloeb {
        (
            format!("{intro_da}. Du ønsker selv forløbet, så 5-årsgrænsen begrænser det ikke."),
            format!("{intro_en}. You wish the forløb yourself, so the 5-year limit does not restrict it."),
        )
    } else {
        (format!("{intro_da}."), format!("{intro_en}."))
    };
    reasons.push(reason(ReasonKind::Reason, "LAB § 114, stk. 3", da, en));
    (needs_wish, Some(cap_end))
}

/// "3 år", "2 år, 4 måneder og 12 dage", then the barsel/sorgorlov days taken off, if any.
fn used_time_text(used: UsedTime) -> (String, String) {
    let (years, months) = split_months(used.months);
    let mut da: Vec<String> = Vec::new();
    let mut en: Vec<String> = Vec::new();
    if years > 0 || (months == 0 && used.days == 0) {
        da.push(format!("{years} år"));
        en.push(format!(
            "{years} {}",
            if years == 1 { "year" } else { "years" }
        ));
    }
    if months > 0 {
        da.push(format!(
            "{months} {}",
            if months == 1 { "måned" } else { "måneder" }
        ));
        en.push(format!(
            "{months} {}",
            if months == 1 { "month" } else { "months" }
        ));
    }
    if used.days > 0 {
        da.push(format!(
            "{} {}",
            used.days,
            if used.days == 1 { "dag" } else { "dage" }
        ));
        en.push(format!(
            "{} {}",
            used.days,
            if used.days == 1 { "day" } else { "days" }
        ));
    }
    let join = |parts: &[String], and: &str| match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    };
    let (mut da, mut en) = (join(&da, "og"), join(&en, "and"));
    if used.excluded_days > 0 {
        da += &format!(
            ", minus {} dage med barsel eller sorgorlov",
            used.excluded_days
        );
        en += &format!(
            ", less {} days of maternity or bereavement leave",
            used.excluded_days
        );
    }
    (da, en)
}

/// What a wish changes, and what refusing does not give (principmeddelelse 82-16).
fn wish_explained(s: &Situation, reasons: &mut Vec<Reason>) {
    if s.wishes_forloeb {
        reasons.push(reason(
            Information,
            lab(s, "LAB § 114"),
            "Du har svaret, at du selv ønsker et forløb. Så kan kommunen bevilge det.".into(),
            "You have answered that you wish a forløb yourself. Then the kommune can grant it."
                .into(),
        ));
    } else {
        reasons.push(reason(
            NextStep,
            lab(s, "LAB § 114"),
            "Kommunen kan ikke kræve, at du deltager. Ønsker du selv et forløb, kan du sige det til kommunen, og så kan det bevilges.".into(),
            "The kommune cannot require you to take part. If you wish a forløb yourself, tell the kommune, and then it can be granted.".into(),
        ));
    }
    reasons.push(reason(
        NextStep,
        "Principmeddelelse 82-16",
        "Siger du nej til et forløb, giver det ikke i sig selv ret til førtidspension. Søger du fortsat forsørgelse, skal kommunen sammen med dig finde ud af, hvad der så skal ske, fx kontanthjælp og tilbud efter beskæftigelsesloven.".into(),
        "Refusing a forløb does not by itself give a right to førtidspension (disability pension). If you still seek support, the kommune must decide with you what happens next, e.g. kontanthjælp (social assistance) and tilbud under the employment act.".into(),
    ));
}

/// What comes instead when folkepensionsalderen is reached or less than a year away.
fn pension_next_steps(s: &Situation, f: &Facts, reasons: &mut Vec<Reason>) {
    if s.date >= f.pension_date {
        reasons.push(reason(
            NextStep,
            "Lov om social pension § 1 a",
            "Du har nået folkepensionsalderen. Så er folkepension den ydelse, du kan søge. Kontakt Udbetaling Danmark (borger.dk).".into(),
            "You have reached the state pension age. Then folkepension (the state pension) is the benefit you can apply for. Contact Udbetaling Danmark (borger.dk).".into(),
        ));
    } else {
        next_steps(reasons);
    }
}

/// What to do when the answer is no: the options that still exist.
fn next_steps(reasons: &mut Vec<Reason>) {
    let steps: [(&str, &str, &str); 4] = [
        ("Sygedagpengeloven § 24 a", "Får du sygedagpenge, og kan de ikke forlænges, har du ret til et jobafklaringsforløb, hvis du fortsat er uarbejdsdygtig på grund af sygdom.", "If you receive sygedagpenge (sickness benefit) and they cannot be extended, you have a right to a jobafklaringsforløb if you are still unfit for work because of illness."),
        ("Lov om aktiv socialpolitik; LAB", "Du kan få kontanthjælp med en indsats efter beskæftigelsesloven, fx praktik, mentor eller behandling.", "You can receive kontanthjælp (social assistance) with an effort under the employment act, e.g. a work placement, a mentor or treatment."),
        ("LAB § 116", "Er din arbejdsevne varigt og væsentligt nedsat, kan kommunen vurdere, om du kan få et fleksjob.", "If your work capacity is permanently and substantially reduced, the kommune can assess whether you can get a fleksjob (flexible job)."),
        ("Lov om social pension § 16", "Er det dokumenteret eller helt åbenbart, at din arbejdsevne ikke kan forbedres, kan du bede kommunen om at behandle en sag om førtidspension.", "If it is documented or entirely obvious that your work capacity cannot be improved, you can ask the kommune to handle a case about førtidspension (disability pension)."),
    ];
    for (law, da, en) in steps {
        reasons.push(reason(NextStep, law, da.into(), en.into()));
    }
}

/// R10: rights during the forløb, and what førtidspension needs under 40.
fn rights(s: &Situation, f: &Facts, reasons: &mut Vec<Reason>) {
    let from_2022 = s.date >= start_2022();
    let mut push = |law: &str, da: &str, en: &str| {
        reasons.push(reason(Information, law, da.into(), en.into()))
    };
    push(
        lab(s, "LAB § 36, stk. 3"),
        "Under forløbet har du én gennemgående, koordinerende sagsbehandler.",
        "During the forløb you have one coordinating caseworker who follows you throughout.",
    );
    if from_2022 {
        push("LAB § 113 a", "Du har ret til en personlig jobformidler, som hjælper dig med at finde en arbejdsgiver eller en virksomhedspraktik.", "You have a right to a personal job broker who helps you find an employer or a work placement.");
        push("LAB § 113, stk. 2", "Er du ikke begyndt på et tilbud eller en social eller sundhedsmæssig indsats senest 6 måneder efter forløbets start, skal kommunen forelægge din sag for rehabiliteringsteamet igen.", "If no tilbud or social or health effort has started within 6 months of the start of the forløb, the kommune must bring your case back to the rehabilitation team.");
        push("LAB § 113, stk. 3", "Mener du, at et tilbud ikke tager nok hensyn til dit helbred, har du ret til en samtale med en sundhedskoordinator fra regionen og din sagsbehandler.", "If you think a tilbud does not take enough account of your health, you have a right to a talk with a health coordinator from the region and your caseworker.");
    }
    let decide_law = if from_2022 {
        "LAB § 113, stk. 4"
    } else {
        lab(s, "LAB § 113, stk. 2 (før 1. januar 2022)")
    };
    push(
        decide_law,
        "Kommunen skal beslutte, hvad der skal ske bagefter, inden forløbet slutter.",
        "The kommune must decide what happens next before the forløb ends.",
    );
    if f.age.0 < 40 {
        push("Lov om social pension § 16, stk. 2", "Du er under 40 år. Så kan du kun få førtidspension, hvis det er dokumenteret eller helt åbenbart, at din arbejdsevne ikke kan forbedres, fx i et ressourceforløb.", "You are under 40. Then you can only get førtidspension (disability pension) if it is documented or entirely obvious that your work capacity cannot be improved, e.g. in a ressourceforløb.");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::assess;

    /// R7: the pension cap is named only where it shortens the forløb.
    #[test]
    fn the_pension_cap_is_named_only_where_it_shortens_the_forloeb() {
        // Born 1960-06-01: folkepension at 67 on 2027-06-01 (lov om social pension § 1 a, nr. 5).
        let birth = ymd(1960, 6, 1);
        let cites_cap = |date| {
            assess(&Situation::new(date, birth))
                .ressourceforloeb
                .reasons
                .iter()
                .any(|r| r.law == "LAB § 114, stk. 4, 2. pkt.")
        };
        assert!(
            !cites_cap(ymd(2024, 6, 1)),
            "3 years end on 2027-05-31, the day before the pension date"
        );
        assert!(cites_cap(ymd(2024, 6, 2)));
    }
}
