//! Jobafklaringsforløb (sygedagpengeloven §§ 24, 24 a, 27; LAB kapitel 18): J1–J4 of SPEC § 5.

use super::assessment::{JobafklaringOutcome as Outcome, JobafklaringResult, Reason, ReasonKind};
use super::kalender::{anniversary_months, ymd};
use super::regime::{LAB_2019_FROM, REFORM_2027, REFORM_2027_LAW};
use super::situation::{Answer, Situation, YdelseBefore};
use super::tekst::{date_da, date_en, reason};
use super::{ydelse, Facts};
use chrono::NaiveDate;

/// Jobafklaringsforløb were introduced by lov nr. 720 af 25. juni 2014, in force 1 July 2014.
pub const JOBAFKLARING_FROM: NaiveDate = ymd(2014, 7, 1);

/// J3: "op til 2 år ad gangen" (star.dk).
pub const MAX_MONTHS: u32 = 24;

/// J1–J3: whether the person has a right to a jobafklaringsforløb when sygedagpenge stop.
pub fn jobafklaringsforloeb(s: &Situation, f: &Facts) -> JobafklaringResult {
    let mut reasons = Vec::new();
    if s.date < JOBAFKLARING_FROM {
        reasons.push(reason(
            ReasonKind::Reason,
            "Lov nr. 720 af 25. juni 2014",
            format!("Jobafklaringsforløb blev indført den 1. juli 2014. Den {} fandtes ordningen endnu ikke.", date_da(s.date)),
            format!("Jobafklaringsforløb were introduced on 1 July 2014. On {} the scheme did not exist yet.", date_en(s.date)),
        ));
        return not_applicable(reasons);
    }
    if !s.on_sygedagpenge {
        reasons.push(reason(
            ReasonKind::Reason,
            "Sygedagpengeloven § 24 a",
            "Du får ikke sygedagpenge. Retten til et jobafklaringsforløb gælder, når sygedagpengene stopper ved revurderingen og ikke kan forlænges.".into(),
            "You do not receive sygedagpenge (sickness benefit). The right to a jobafklaringsforløb applies when sygedagpenge stop at the reassessment and cannot be extended.".into(),
        ));
        if s.ydelse_before == YdelseBefore::Sygedagpenge {
            reasons.push(reason(
                ReasonKind::Information,
                "Sygedagpengeloven § 24 a",
                "Du har oplyst, at du fik sygedagpenge før forløbet, men ikke at du får sygedagpenge nu. Får du dem stadig, så sæt kryds ved det, så vurderes et jobafklaringsforløb.".into(),
                "You said you received sygedagpenge before the forløb, but not that you receive them now. If you still do, tick that box so that a jobafklaringsforløb is assessed.".into(),
            ));
        }
        return not_applicable(reasons);
    }
    reasons.push(reason(
        ReasonKind::Information,
        "Sygedagpengeloven § 24",
        "Har du fået sygedagpenge i mere end 22 uger inden for 9 måneder, skal kommunen revurdere, om de kan forlænges.".into(),
        "When you have received sygedagpenge for more than 22 weeks within 9 months, the kommune must reassess whether they can be extended.".into(),
    ));
    if let Some(excluded) = outside_section_24(s, f) {
        reasons.push(excluded);
        reasons.push(next_step_without_jobafklaring());
        return not_entitled(reasons);
    }
    if !s.unfit_for_work {
        reasons.push(reason(
            ReasonKind::Reason,
            "Sygedagpengeloven § 24 a",
            "Retten til et jobafklaringsforløb forudsætter, at du fortsat er uarbejdsdygtig på grund af egen sygdom. Det har du svaret, at du ikke er. Så har du heller ikke ret til sygedagpenge, uanset om en forlængelsesgrund kunne gælde.".into(),
            "The right to a jobafklaringsforløb requires that you are still unfit for work because of your own illness. You have answered that you are not. Then you are not entitled to sygedagpenge either, whether or not an extension ground could apply.".into(),
        ));
        reasons.push(next_step_without_jobafklaring());
        return not_entitled(reasons);
    }
    let outcome = match s.sygedagpenge_extension_possible {
        Answer::Yes => {
            reasons.push(extension_grounds(
                "Mindst én forlængelsesgrund gælder, så dine sygedagpenge fortsætter i stedet for et jobafklaringsforløb.",
                "At least one extension ground applies, so your sygedagpenge continue instead of a jobafklaringsforløb.",
            ));
            return not_entitled(reasons);
        }
        Answer::Unclear => {
            reasons.push(extension_grounds(
                "Det er ikke afklaret, om en forlængelsesgrund gælder. Gælder én, fortsætter sygedagpengene; ellers har du ret til et jobafklaringsforløb, fordi du fortsat er uarbejdsdygtig.",
                "It has not been established whether an extension ground applies. If one does, sygedagpenge continue; otherwise you have a right to a jobafklaringsforløb, as you are still unfit for work.",
            ));
            reasons.push(reason(
                ReasonKind::NextStep,
                "Sygedagpengeloven § 27, stk. 1",
                "Spørg kommunen, om én af forlængelsesgrundene gælder for dig.".into(),
                "Ask the kommune whether one of the extension grounds applies to you.".into(),
            ));
            Outcome::InsufficientInformation
        }
        Answer::No => {
            reasons.push(reason(
                ReasonKind::Reason,
                "Sygedagpengeloven § 24 a",
                "Dine sygedagpenge kan ikke forlænges, og du er fortsat uarbejdsdygtig på grund af egen sygdom. Så har du ret til et jobafklaringsforløb.".into(),
                "Your sygedagpenge cannot be extended and you are still unfit for work because of your own illness. So you have a right to a jobafklaringsforløb.".into(),
            ));
            reasons.push(reason(
                ReasonKind::Reason,
                jobafklaring_chapter(s),
                "Et jobafklaringsforløb varer højst 2 år ad gangen (24 måneder). Det slutter, når du ikke længere er uarbejdsdygtig, eller når der er truffet afgørelse om anden hjælp. Er du fortsat uarbejdsdygtig, kan du få et nyt forløb.".into(),
                "A jobafklaringsforløb lasts at most 2 years at a time (24 months). It ends when you are no longer unfit for work or when another form of support has been decided. If you are still unfit for work, you can get a new forløb.".into(),
            ));
            Outcome::Entitled
        }
    };
    let outcome = match outcome {
        Outcome::Entitled if s.date >= REFORM_2027 => {
            reasons.push(reform_2027_reason());
            Outcome::InsufficientInformation
        }
        outcome => outcome,
    };
    let max_months = match outcome {
        Outcome::Entitled => Some(until_pension(s, f, &mut reasons)),
        _ => None,
    };
    JobafklaringResult {
        outcome,
        max_months,
        reasons,
        ydelse: Some(ydelse::under_jobafklaring(s, f)),
    }
}

/// The second phase of the beskæftigelsesreform: planned for 1 January 2027, not confirmed adopted.
fn reform_2027_reason() -> Reason {
    reason(
        ReasonKind::Uncertain,
        REFORM_2027_LAW,
        "Efter lovudkastet til anden fase af beskæftigelsesreformen afskaffes jobafklaringsforløb fra 1. januar 2027. Vi har ikke kunnet bekræfte, at loven er vedtaget, eller hvad der gælder for et forløb, der allerede er i gang. Derfor kan beregneren ikke sige, at du har ret til et jobafklaringsforløb. Spørg kommunen.".into(),
        "Under the draft bill for the second phase of the employment reform, jobafklaringsforløb are abolished from 1 January 2027. We could not confirm that the act was adopted, nor what applies to a forløb already running. So the calculator cannot say that you have a right to a jobafklaringsforløb. Ask the kommune.".into(),
    )
}

/// Sygedagpengeloven § 25, stk. 1: people on førtidspension (nr. 1) or past folkepensionsalderen
/// (nr. 3) have their own limit (26 weeks in 12 months) instead of the § 24 revurdering that the
/// § 24 a right to a jobafklaringsforløb rests on.
fn outside_section_24(s: &Situation, f: &Facts) -> Option<Reason> {
    if s.date >= f.pension_date {
        return Some(reason(
            ReasonKind::Reason,
            "Sygedagpengeloven § 25, stk. 1, nr. 3",
            format!("Du har nået folkepensionsalderen (den {}). Så gælder en særlig grænse for sygedagpenge (26 uger inden for 12 måneder) i stedet for revurderingen efter 22 uger, og retten til et jobafklaringsforløb gælder ikke for dig.", date_da(f.pension_date)),
            format!("You have reached the state pension age (on {}). Then a separate limit on sygedagpenge applies (26 weeks within 12 months) instead of the reassessment after 22 weeks, and the right to a jobafklaringsforløb does not apply to you.", date_en(f.pension_date)),
        ));
    }
    if s.ydelse_before == YdelseBefore::Foertidspension {
        return Some(reason(
            ReasonKind::Reason,
            "Sygedagpengeloven § 25, stk. 1, nr. 1",
            "Du får førtidspension. Så gælder en særlig grænse for sygedagpenge (26 uger inden for 12 måneder) i stedet for revurderingen efter 22 uger, og retten til et jobafklaringsforløb gælder ikke for dig. Din førtidspension fortsætter.".into(),
            "You receive førtidspension (disability pension). Then a separate limit on sygedagpenge applies (26 weeks within 12 months) instead of the reassessment after 22 weeks, and the right to a jobafklaringsforløb does not apply to you. Your førtidspension continues.".into(),
        ));
    }
    None
}

/// J3 with the pension age: the 2 years, or fewer when folkepensionsalderen comes first.
fn until_pension(s: &Situation, f: &Facts, reasons: &mut Vec<Reason>) -> u32 {
    let pension_in = anniversary_months(s.date, f.pension_date);
    if pension_in >= MAX_MONTHS {
        return MAX_MONTHS;
    }
    reasons.push(reason(
        ReasonKind::Uncertain,
        "Sygedagpengeloven § 25, stk. 1, nr. 3",
        format!("Du når folkepensionsalderen den {}, inden for de 2 år. Fra den dag gælder reglerne for folkepensionister, og vi regner med, at forløbet og ydelsen slutter dagen før: højst {pension_in} måneder. Det har vi ikke fundet sagt direkte i loven; spørg kommunen.", date_da(f.pension_date)),
        format!("You reach the state pension age on {}, within the 2 years. From that day the rules for state pensioners apply, and we assume the forløb and its benefit end the day before: at most {pension_in} months. We have not found this said directly in the act; ask the kommune.", date_en(f.pension_date)),
    ));
    pension_in
}

/// LAB kapitel 18 from 2020 (lov nr. 548 af 7. maj 2019); before that old LAB kapitel 12 b.
fn jobafklaring_chapter(s: &Situation) -> &'static str {
    if s.date < LAB_2019_FROM {
        "LAB (før 2020) kapitel 12 b, §§ 68 d–68 g"
    } else {
        "LAB kapitel 18"
    }
}

fn next_step_without_jobafklaring() -> Reason {
    reason(
        ReasonKind::NextStep,
        "Lov om aktiv socialpolitik; lov om arbejdsløshedsforsikring",
        "Tal med jobcentret og eventuelt din a-kasse om, hvad du kan få i stedet, fx arbejdsløshedsdagpenge, kontanthjælp eller folkepension.".into(),
        "Talk to the jobcentre and, if you have one, your unemployment fund (a-kasse) about what you can get instead, e.g. unemployment benefit, kontanthjælp (social assistance) or folkepension (state pension).".into(),
    )
}

/// No right: no jobafklaring ydelse either (review F9).
fn not_entitled(reasons: Vec<Reason>) -> JobafklaringResult {
    JobafklaringResult {
        outcome: Outcome::NotEntitled,
        max_months: None,
        reasons,
        ydelse: None,
    }
}

fn not_applicable(reasons: Vec<Reason>) -> JobafklaringResult {
    JobafklaringResult {
        outcome: Outcome::NotApplicable,
        max_months: None,
        reasons,
        ydelse: None,
    }
}

/// J2: the extension grounds of sygedagpengeloven § 27, stk. 1, nr. 1–7.
fn extension_grounds(lead_da: &str, lead_en: &str) -> Reason {
    reason(
        ReasonKind::Reason,
        "Sygedagpengeloven § 27, stk. 1",
        format!("{lead_da} Forlængelsesgrundene er: revalidering er sandsynlig; din arbejdsevne skal afklares; du er under eller venter på lægebehandling; din sag skal forelægges rehabiliteringsteamet; du har en livstruende, alvorlig sygdom; der er rejst en arbejdsskadesag; eller der er søgt om førtidspension."),
        format!("{lead_en} The extension grounds are: revalidering (vocational rehabilitation) is likely; your work capacity must be clarified; you are under or awaiting medical treatment; your case must go to the rehabilitation team; you have a life-threatening serious illness; an industrial injury case is pending; or førtidspension has been applied for."),
    )
}
