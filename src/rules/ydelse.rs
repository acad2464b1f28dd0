//! Ressourceforløbsydelse (LAS kapitel 6 a, §§ 68–68 a; kapitel 6 b, § 69 j): Y1–Y8 of SPEC § 6.
//! Every step of the arithmetic is a line, so the page can show the calculation.

use super::assessment::{Reason, ReasonKind, Ydelse, YdelseBasis, YdelseLine};
use super::kalender::add_days;
use super::regime::WAGE_DEDUCTION_ABOVE_GRAENSE_PCT;
use super::satser::{rate_year_on, satser, weekly_to_monthly_ore, Figur, Kildestatus};
use super::situation::{Situation, YdelseBefore};
use super::tekst::{date_da, date_en, kr_da, kr_en, reason};
use super::Facts;
use ReasonKind::{Information, Uncertain};

/// Under a jobafklaringsforløb 30 % of the wage up to the lønindtægtsgrænse is deducted (STAR; SPEC Y6).
const JOBAFKLARING_WAGE_DEDUCTION_BELOW_GRAENSE_PCT: i64 = 30;

/// An amount in kroner (as typed, or a rate) in whole øre, the precision a payment has.
/// Saturates for absurd input (validation rejects it), never panics.
pub fn ore(kr: f64) -> i64 {
    (kr * 100.0).round() as i64
}

/// `pct` per cent of `ore`, rounded once to whole øre, half away from zero.
fn percent_of(ore: i64, pct: i64) -> i64 {
    rounded_div(ore.saturating_mul(pct), 100)
}

/// `n / d` rounded half away from zero (d > 0).
fn rounded_div(n: i64, d: i64) -> i64 {
    let away = n.unsigned_abs().saturating_add((d / 2) as u64) / d as u64;
    let away = i64::try_from(away).unwrap_or(i64::MAX);
    if n < 0 {
        -away
    } else {
        away
    }
}

/// The calculation being built, in integer øre: until `finish` adds the result line, the lines
/// sum exactly to the amount, and the total is rounded to kroner once (review F5).
struct Calculation {
    basis: YdelseBasis,
    lines: Vec<YdelseLine>,
    total_ore: i64,
    reasons: Vec<Reason>,
    /// The rate figures the amount rests on, for the note on their sources.
    used: Vec<Figur>,
}

impl Calculation {
    fn new(basis: YdelseBasis) -> Calculation {
        Calculation {
            basis,
            lines: Vec::new(),
            total_ore: 0,
            reasons: Vec::new(),
            used: Vec::new(),
        }
    }
    /// The figure of the rate year used, noted as used. `Facts::new` only picks a year that has
    /// every figure the situation needs (`figures_needed`), so the 0 is never reached.
    fn sats(&mut self, f: &Facts, figur: Figur) -> f64 {
        if !self.used.contains(&figur) {
            self.used.push(figur);
        }
        f.satser.figur(figur).map_or(0.0, |sats| sats.kr)
    }
    /// Adds a line of `ore` (signed; deductions negative).
    fn line(&mut self, text: String, text_en: String, ore: i64) {
        self.total_ore = self.total_ore.saturating_add(ore);
        self.lines.push(YdelseLine {
            text,
            text_en,
            kr: ore as f64 / 100.0,
        });
    }
    fn reason(&mut self, kind: ReasonKind, law: &str, text: String, text_en: String) {
        self.reasons.push(reason(kind, law, text, text_en));
    }
}

/// Y1–Y6: the estimate under a ressourceforløb on `date` with the rates of `rate_year`.
pub fn under_ressourceforloeb(s: &Situation, f: &Facts) -> Ydelse {
    with_rate_year_note(s, f, ressourceforloebsydelse)
}

/// Y7 and Y6 for a jobafklaringsforløb: always the kontanthjælp level, 30 %/55 % wage deduction.
pub fn under_jobafklaring(s: &Situation, f: &Facts) -> Ydelse {
    with_rate_year_note(s, f, jobafklaringsydelse)
}

/// The rate figures an estimate for `s` needs: the monthly rate of the person's basis (Y1), the
/// highest sygedagpenge amount when coming from sygedagpenge, the grænse when there is a wage.
/// The ledighedsydelse ceiling is not needed: without it the estimate warns instead.
pub fn figures_needed(s: &Situation, age_years: u32) -> Vec<Figur> {
    let mut needed = vec![basis_rate(s, age_years).0];
    if s.ydelse_before == YdelseBefore::Sygedagpenge {
        needed.push(Figur::SygedagpengeMaxPerUge);
    }
    if s.wage_income_monthly > 0.0 {
        needed.push(Figur::Loenindtaegtsgraense);
    }
    needed
}

/// Y1: which monthly rate applies: forsørger, under 25 and living with a parent, or ikke-forsørger.
fn basis_rate(s: &Situation, age_years: u32) -> (Figur, YdelseBasis) {
    if s.forsoerger {
        (Figur::Forsoerger, YdelseBasis::Forsoerger)
    } else if s.hjemmeboende && age_years < 25 {
        (Figur::Under25Hjemmeboende, YdelseBasis::Under25Hjemmeboende)
    } else {
        (Figur::IkkeForsoerger, YdelseBasis::IkkeForsoerger)
    }
}

/// The estimate, and one plain sentence when the rates in force on `date` are another year's
/// than those used (review F10): the amount at that year's rates, or that they were not found.
fn with_rate_year_note(
    s: &Situation,
    f: &Facts,
    estimate: fn(&Situation, &Facts) -> Ydelse,
) -> Ydelse {
    let mut ydelse = estimate(s, f);
    let own_year = rate_year_on(s.date);
    let used_year = f.satser.year;
    if ydelse.basis == YdelseBasis::Foertidspension
        || own_year == used_year
        || f.rate_fallback
            .as_ref()
            .is_some_and(|fb| fb.chosen_year == own_year)
    {
        return ydelse;
    }
    let needed = figures_needed(s, f.age.0);
    let own = satser(own_year)
        .filter(|rates| rates.selectable() && needed.iter().all(|n| rates.figur(*n).is_some()));
    let (da_date, en_date) = (date_da(s.date), date_en(s.date));
    let note = match own {
        Some(rates) => {
            let at_own = estimate(s, &Facts { satser: rates, rate_fallback: None, ..*f });
            reason(Information, "LAS § 109, stk. 2",
                format!("Forløbet starter den {da_date}, hvor satserne for {own_year} gælder. Med dem ville ydelsen være ca. {} om måneden før skat. Beregningen ovenfor bruger satserne for {used_year}.", kr_da(at_own.monthly_kr as f64)),
                format!("The forløb starts on {en_date}, when the {own_year} rates apply. With those the benefit would be about {} a month before tax. The estimate above uses the {used_year} rates.", kr_en(at_own.monthly_kr as f64)))
        }
        None => reason(Uncertain, "LAS § 109, stk. 2",
            format!("Forløbet starter den {da_date}, hvor satserne for {own_year} gælder. Dem har vi ikke fundet i en kilde, så beløbet er beregnet med satserne for {used_year}. Satserne reguleres hvert år den 1. januar, så det beløb, du vil få, er et andet."),
            format!("The forløb starts on {en_date}, when the {own_year} rates apply. We have not found those in a source, so the amount is estimated with the {used_year} rates. The rates are adjusted every 1 January, so the amount you would receive is different.")),
    };
    ydelse.reasons.push(note);
    ydelse
}

fn ressourceforloebsydelse(s: &Situation, f: &Facts) -> Ydelse {
    if s.ydelse_before == YdelseBefore::Foertidspension {
        return foertidspension(f);
    }
    let mut calc = match s.ydelse_before {
        YdelseBefore::Sygedagpenge => from_sygedagpenge(s, f),
        YdelseBefore::Ledighedsydelse => from_ledighedsydelse(s, f),
        _ => kontanthjaelpsniveau(s, f),
    };
    let carried_over = matches!(
        calc.basis,
        YdelseBasis::Sygedagpenge | YdelseBasis::Ledighedsydelse
    );
    unused_inputs(&mut calc, s);
    if carried_over && (s.other_income_monthly > 0.0 || s.wage_income_monthly > 0.0) {
        calc.reason(Uncertain, "LAS § 68 a",
            "Vi har ikke kontrolleret, om fradragene for andre indtægter og løn beregnes på samme måde, når ydelsen svarer til sygedagpenge eller ledighedsydelse. Beregningen bruger de almindelige fradragsregler.".into(),
            "We have not checked whether the deductions for other income and wages work the same way when the benefit equals sygedagpenge or ledighedsydelse. The estimate uses the ordinary deduction rules.".into());
    }
    deductions(
        &mut calc,
        s,
        f,
        f.rules.wage_deduction_below_graense_pct,
        "LAS § 68 a, stk. 2",
    );
    let after_sygedagpenge =
        (calc.basis == YdelseBasis::Sygedagpenge).then(|| kontanthjaelpsniveau(s, f));
    let mut ydelse = finish(calc, f);
    if let Some(level) = after_sygedagpenge {
        let (da, en) = match s.sygedagpenge_until {
            Some(until) => (format!("Fra {}: ydelse på kontanthjælpsniveau (før fradrag)", date_da(add_days(until, 1))), format!("From {}: benefit at social assistance level (before deductions)", date_en(add_days(until, 1)))),
            None => ("Når retten til sygedagpenge ville være stoppet: ydelse på kontanthjælpsniveau (før fradrag)".to_string(), "When the right to sygedagpenge would have ended: benefit at social assistance level (before deductions)".to_string()),
        };
        ydelse.lines.push(YdelseLine {
            text: da,
            text_en: en,
            kr: level.total_ore as f64 / 100.0,
        });
    }
    ydelse
}

/// Inputs that only matter for another previous benefit are not used; say so (review F19).
fn unused_inputs(calc: &mut Calculation, s: &Situation) {
    let carries_amount = matches!(
        s.ydelse_before,
        YdelseBefore::Sygedagpenge | YdelseBefore::Ledighedsydelse
    );
    if !carries_amount && s.ydelse_before_monthly > 0.0 {
        calc.reason(Information, "LAS § 68, stk. 4 og 5",
            format!("Du har oplyst et beløb for din hidtidige ydelse ({}). Det bruges kun, når du kom fra sygedagpenge eller ledighedsydelse, så det indgår ikke her.", kr_da(s.ydelse_before_monthly)),
            format!("You gave an amount for your previous benefit ({}). It is only used when you came from sygedagpenge or ledighedsydelse, so it is not part of this estimate.", kr_en(s.ydelse_before_monthly)));
    }
    if s.ydelse_before != YdelseBefore::Sygedagpenge {
        if let Some(until) = s.sygedagpenge_until {
            calc.reason(Information, "LAS § 68, stk. 4 og 5",
                format!("Du har oplyst en sidste dag med ret til sygedagpenge ({}). Den bruges kun, når du kom fra sygedagpenge, så den indgår ikke her.", date_da(until)),
                format!("You gave a last day of entitlement to sygedagpenge ({}). It is only used when you came from sygedagpenge, so it is not part of this estimate.", date_en(until)));
        }
    }
}

fn jobafklaringsydelse(s: &Situation, f: &Facts) -> Ydelse {
    let mut calc = kontanthjaelpsniveau(s, f);
    calc.reason(ReasonKind::Reason, "LAS § 69 j",
        "Under et jobafklaringsforløb får du ressourceforløbsydelse på kontanthjælpsniveau, også selv om du kom fra sygedagpenge.".into(),
        "During a jobafklaringsforløb you receive ressourceforløbsydelse at social assistance level, even if you came from sygedagpenge.".into());
    if s.wage_income_monthly > 0.0 {
        calc.reason(Uncertain, "LAS § 69 j, stk. 9",
            "Vi har ikke fundet lovteksten om fradrag for løn under et jobafklaringsforløb. Beregningen bruger STAR's beskrivelse: 30 % af lønnen op til lønindtægtsgrænsen og 55 % af resten. Var du ansat med løn, da forløbet begyndte, trækkes lønnen fra fuldt ud; det er ikke med i beregningen.".into(),
            "We have not found the text of the act on wage deductions during a jobafklaringsforløb. The estimate uses STAR's description: 30 % of the wage up to the wage limit and 55 % of the rest. If you were employed with pay when the forløb began, the wage is deducted in full; that is not included here.".into());
    }
    deductions(
        &mut calc,
        s,
        f,
        JOBAFKLARING_WAGE_DEDUCTION_BELOW_GRAENSE_PCT,
        "LAS § 69 j, stk. 9",
    );
    finish(calc, f)
}

/// LAS kapitel 6 a: the ydelse belongs to a ressourceforløb; where none can be granted there is
/// none to estimate (review F9).
pub fn not_applicable(s: &Situation, f: &Facts) -> Ydelse {
    let mut calc = Calculation::new(YdelseBasis::NotApplicable);
    let (da, en) = if s.ydelse_before == YdelseBefore::Foertidspension {
        (
            " Din førtidspension fortsætter.",
            " Your førtidspension (disability pension) continues.",
        )
    } else {
        ("", "")
    };
    calc.reason(ReasonKind::Reason, "LAS kapitel 6 a",
        format!("Der kan ikke bevilges et ressourceforløb, så der er ingen ressourceforløbsydelse at beregne. Du får ikke en ny ydelse af den grund; hvad du kan få i stedet, står under ressourceforløb, og har du ret til et jobafklaringsforløb, står ydelsen under det.{da}"),
        format!("No ressourceforløb can be granted, so there is no ressourceforløbsydelse to estimate. You do not get a new benefit for this reason; what you can get instead is shown under ressourceforløb, and if you have a right to a jobafklaringsforløb, its benefit is shown there.{en}"));
    without_amount(calc, f)
}

/// No ressourceforløbsydelse is estimated: no lines, `monthly_kr` 0, only the reasons.
fn without_amount(calc: Calculation, f: &Facts) -> Ydelse {
    Ydelse {
        monthly_kr: 0,
        basis: calc.basis,
        rate_year: f.satser.year,
        lines: Vec::new(),
        reasons: calc.reasons,
    }
}

/// Y4: "fortsætter denne med at modtage sin førtidspension".
fn foertidspension(f: &Facts) -> Ydelse {
    // No "0 kr." line: the amount is the pension itself, which the calculator does not know (F12).
    let mut calc = Calculation::new(YdelseBasis::Foertidspension);
    calc.reason(ReasonKind::Reason, "LAS kapitel 6 a",
        "Du får førtidspension før forløbet. Så fortsætter du med at få din førtidspension under forløbet, med samme beløb, i stedet for ressourceforløbsydelse.".into(),
        "You receive førtidspension (disability pension) before the forløb. Then you keep receiving your pension, with the same amount, during the forløb instead of ressourceforløbsydelse.".into());
    without_amount(calc, f)
}

/// Y1: the forsørger / ikke-forsørger / under-25-hjemmeboende rate, "uafhængig af formue og ægtefælles indkomst".
fn kontanthjaelpsniveau(s: &Situation, f: &Facts) -> Calculation {
    let year = f.satser.year;
    let (figur, basis) = basis_rate(s, f.age.0);
    let (da, en) = match basis {
        YdelseBasis::Forsoerger => ("forsørgere", "people who provide for a child"),
        YdelseBasis::Under25Hjemmeboende => (
            "unge under 25 år, der bor hjemme",
            "young people under 25 living with a parent",
        ),
        _ => ("ikke-forsørgere", "people who do not provide for a child"),
    };
    let mut calc = Calculation::new(basis);
    let kr = calc.sats(f, figur);
    calc.line(
        format!("Ressourceforløbsydelse for {da} ({year}-sats)"),
        format!("Ressourceforløbsydelse for {en} ({year} rate)"),
        ore(kr),
    );
    calc.reason(ReasonKind::Reason, "LAS § 68, stk. 2",
        format!("Satsen for {da} er {} om måneden i {year}. Ydelsen afhænger ikke af din formue eller din ægtefælles indkomst.", kr_da(kr)),
        format!("The rate for {en} is {} a month in {year}. The benefit does not depend on your assets or your spouse's income.", kr_en(kr)));
    if s.hjemmeboende && !s.forsoerger && f.age.0 >= 25 {
        calc.reason(Information, "LAS § 68, stk. 2",
            "Den lave sats for hjemmeboende gælder kun under 25 år. Du er fyldt 25, så den almindelige sats bruges.".into(),
            "The low rate for people living with a parent only applies under 25. You are 25 or older, so the ordinary rate is used.".into());
    }
    calc
}

/// Y2: "svarer ressourceforløbsydelsen til dennes sygedagpenge, så længe denne er berettiget til sygedagpenge".
fn from_sygedagpenge(s: &Situation, f: &Facts) -> Calculation {
    let level = kontanthjaelpsniveau(s, f);
    let level_kr = level.total_ore as f64 / 100.0;
    let still_entitled = s.sygedagpenge_until.is_none_or(|until| until >= s.date);
    if !still_entitled {
        let mut calc = level;
        let until = s.sygedagpenge_until.unwrap_or(s.date);
        calc.reason(ReasonKind::Reason, "LAS § 68, stk. 4",
            format!("Din ret til sygedagpenge ville være stoppet den {}, før forløbet starter. Derfor får du ydelse på kontanthjælpsniveau.", date_da(until)),
            format!("Your right to sygedagpenge would have ended on {}, before the forløb starts. So you receive the benefit at social assistance level.", date_en(until)));
        return calc;
    }
    if s.ydelse_before_monthly <= 0.0 {
        return amount_missing(level, "sygedagpenge", "sygedagpenge");
    }
    let before = ore(s.ydelse_before_monthly);
    let mut calc = Calculation::new(YdelseBasis::Sygedagpenge);
    calc.used.clone_from(&level.used);
    let max_per_week = calc.sats(f, Figur::SygedagpengeMaxPerUge);
    let max = weekly_to_monthly_ore(max_per_week);
    calc.line(
        "Dine sygedagpenge før forløbet".into(),
        "Your sygedagpenge before the forløb".into(),
        before,
    );
    if before > max {
        calc.line(
            format!(
                "Højst det højeste sygedagpengebeløb ({} om ugen × 52 / 12 = {} om måneden)",
                kr_da(max_per_week),
                kr_da(max as f64 / 100.0)
            ),
            format!(
                "At most the highest sygedagpenge amount ({} a week × 52 / 12 = {} a month)",
                kr_en(max_per_week),
                kr_en(max as f64 / 100.0)
            ),
            max - before,
        );
    }
    let (until_da, until_en) = match s.sygedagpenge_until {
        Some(until) => (
            format!(" (til og med {})", date_da(until)),
            format!(" (until {})", date_en(until)),
        ),
        None => (String::new(), String::new()),
    };
    calc.reason(ReasonKind::Reason, "LAS § 68, stk. 4",
        format!("Du fik sygedagpenge før forløbet. Så svarer ydelsen til dine sygedagpenge, dog højst det højeste sygedagpengebeløb, så længe du ville have haft ret til sygedagpenge{until_da}, også under en forlængelse. Derefter får du ydelse på kontanthjælpsniveau: {} om måneden før fradrag.", kr_da(level_kr)),
        format!("You received sygedagpenge before the forløb. Then the benefit equals your sygedagpenge, at most the highest sygedagpenge amount, for as long as you would have been entitled to sygedagpenge{until_en}, also during an extension. After that you receive the benefit at social assistance level: {} a month before deductions.", kr_en(level_kr)));
    if s.sygedagpenge_until.is_none() {
        calc.reason(Uncertain, "LAS § 68, stk. 4",
            "Du har ikke oplyst, hvornår din ret til sygedagpenge ville være stoppet. Spørg kommunen; fra den dag falder ydelsen til kontanthjælpsniveau.".into(),
            "You have not given the day your right to sygedagpenge would have ended. Ask the kommune; from that day the benefit drops to social assistance level.".into());
    }
    if before < level.total_ore {
        calc.reason(Uncertain, "LAS § 68, stk. 4",
            format!("Dine sygedagpenge er lavere end kontanthjælpsniveauet ({}). Ældresagen nævner en minimumsydelse på kontanthjælpsniveau, men det har vi ikke kunnet bekræfte i loven, så beregningen bruger dine sygedagpenge.", kr_da(level_kr)),
            format!("Your sygedagpenge are lower than the social assistance level ({}). Ældresagen mentions a minimum at that level, but we could not confirm it in the act, so the estimate uses your sygedagpenge.", kr_en(level_kr)));
    }
    calc
}

/// Y3: "svarer ressourceforløbsydelsen til dennes hidtidige ledighedsydelse".
fn from_ledighedsydelse(s: &Situation, f: &Facts) -> Calculation {
    let level = kontanthjaelpsniveau(s, f);
    if s.ydelse_before_monthly <= 0.0 {
        return amount_missing(level, "ledighedsydelse", "ledighedsydelse");
    }
    let mut calc = Calculation::new(YdelseBasis::Ledighedsydelse);
    calc.line(
        "Din ledighedsydelse før forløbet".into(),
        "Your ledighedsydelse before the forløb".into(),
        ore(s.ydelse_before_monthly),
    );
    calc.reason(ReasonKind::Reason, "LAS § 68, stk. 5",
        "Du fik ledighedsydelse før forløbet. Så svarer ressourceforløbsydelsen til din hidtidige ledighedsydelse.".into(),
        "You received ledighedsydelse (benefit while waiting for a fleksjob) before the forløb. Then the ressourceforløbsydelse equals your previous ledighedsydelse.".into());
    ledighedsydelse_ceiling(&mut calc, s, f);
    calc.reason(Uncertain, "LAS § 68, stk. 5",
        "Vi har ikke fundet nogen tidsgrænse for, hvor længe ydelsen svarer til ledighedsydelsen. Spørg kommunen.".into(),
        "We found no time limit on how long the benefit equals the ledighedsydelse. Ask the kommune.".into());
    calc
}

/// LAS § 68, stk. 5: at most the "ledighedsydelse 89 pct." amount of the rate year (bm.dk), kr.
/// per week × 52 / 12; where that year's amount was not found, a warning instead (review F11).
fn ledighedsydelse_ceiling(calc: &mut Calculation, s: &Situation, f: &Facts) {
    let year = f.satser.year;
    let before = ore(s.ydelse_before_monthly);
    let Some(weekly) = f
        .satser
        .figur(Figur::LedighedsydelseMaxPerUge)
        .map(|_| calc.sats(f, Figur::LedighedsydelseMaxPerUge))
    else {
        calc.reason(Uncertain, "LAS § 68, stk. 5",
            format!("Ydelsen kan højst være den højeste ledighedsydelse (89 % af den højeste dagpengesats). Beløbet for {year} har vi ikke fundet i en kilde (2020: 3.919 kr. om ugen, 2022: 3.974 kr. om ugen), så beregningen bruger dit beløb uden loft. Tjek det med kommunen, hvis det er over ca. 17.000 kr. om måneden."),
            format!("The benefit can be at most the highest ledighedsydelse (89 % of the highest unemployment benefit rate). We have not found the {year} amount in a source (2020: DKK 3,919 a week, 2022: DKK 3,974 a week), so the estimate uses your amount without a ceiling. Check it with the kommune if it is over about DKK 17,000 a month."));
        return;
    };
    let max = weekly_to_monthly_ore(weekly);
    let max_kr = max as f64 / 100.0;
    if before > max {
        calc.line(
            format!(
                "Højst den højeste ledighedsydelse ({} om ugen × 52 / 12 = {} om måneden)",
                kr_da(weekly),
                kr_da(max_kr)
            ),
            format!(
                "At most the highest ledighedsydelse ({} a week × 52 / 12 = {} a month)",
                kr_en(weekly),
                kr_en(max_kr)
            ),
            max - before,
        );
        calc.reason(ReasonKind::Reason, "LAS § 68, stk. 5",
            format!("Ydelsen kan højst være den højeste ledighedsydelse: {} om ugen i {year}, dvs. {} om måneden. Dit beløb er højere, så beregningen bruger loftet.", kr_da(weekly), kr_da(max_kr)),
            format!("The benefit can be at most the highest ledighedsydelse: {} a week in {year}, i.e. {} a month. Your amount is higher, so the estimate uses the ceiling.", kr_en(weekly), kr_en(max_kr)));
    }
}

/// The amount of the previous benefit was not given: show the kontanthjælp level, flagged.
fn amount_missing(mut level: Calculation, what_da: &str, what_en: &str) -> Calculation {
    level.reason(Uncertain, "LAS § 68",
        format!("Du har ikke oplyst beløbet for din {what_da} (ydelse_before_monthly). Ydelsen svarer til den, men beregningen viser kontanthjælpsniveauet."),
        format!("You have not given the amount of your {what_en} (ydelse_before_monthly). The benefit equals it, but the estimate shows the social assistance level."));
    level
}

/// Y5–Y6: other income krone for krone; wage incl. pension with `below_pct` per cent up to the
/// grænse and 55 % above it (the grænse of the rate year), each deduction rounded to whole øre.
fn deductions(calc: &mut Calculation, s: &Situation, f: &Facts, below_pct: i64, wage_law: &str) {
    let other = ore(s.other_income_monthly);
    if other > 0 {
        calc.line(
            "Andre indtægter (trækkes fra krone for krone)".into(),
            "Other income (deducted krone for krone)".into(),
            -other,
        );
        calc.reason(ReasonKind::Reason, "LAS § 68 a",
            format!("Andre indtægter på {} om måneden trækkes fra krone for krone, også løbende udbetalinger fra en forsikring mod tab af erhvervsevne. Nogle indtægter trækkes ikke fra, fx invaliditetsydelse, skattefri legater og erstatning for tab af erhvervsevne efter arbejdsskadesikringsloven (LAS § 33).", kr_da(s.other_income_monthly)),
            format!("Other income of {} a month is deducted krone for krone, also running payments from an insurance against loss of earning capacity. Some income is not deducted, e.g. invaliditetsydelse, tax-free grants and compensation for loss of earning capacity under the industrial injuries act (LAS § 33).", kr_en(s.other_income_monthly)));
    }
    let wage = ore(s.wage_income_monthly);
    if wage > 0 {
        let graense_kr = calc.sats(f, Figur::Loenindtaegtsgraense);
        let graense = ore(graense_kr);
        let below = wage.min(graense);
        let above = (wage - graense).max(0);
        let (below_da, below_en) = (kr_da(below as f64 / 100.0), kr_en(below as f64 / 100.0));
        if below_pct > 0 {
            calc.line(
                format!(
                    "Løn op til lønindtægtsgrænsen på {}: {below_pct} % af {below_da}",
                    kr_da(graense_kr)
                ),
                format!(
                    "Wage up to the wage limit of {}: {below_pct} % of {below_en}",
                    kr_en(graense_kr)
                ),
                -percent_of(below, below_pct),
            );
        } else {
            calc.line(
                format!(
                    "Løn op til lønindtægtsgrænsen på {}: {below_da} trækkes ikke fra",
                    kr_da(graense_kr)
                ),
                format!(
                    "Wage up to the wage limit of {}: {below_en} is not deducted",
                    kr_en(graense_kr)
                ),
                0,
            );
        }
        if above > 0 {
            let pct = WAGE_DEDUCTION_ABOVE_GRAENSE_PCT;
            calc.line(
                format!(
                    "Løn over grænsen: {pct} % af {}",
                    kr_da(above as f64 / 100.0)
                ),
                format!(
                    "Wage above the limit: {pct} % of {}",
                    kr_en(above as f64 / 100.0)
                ),
                -percent_of(above, pct),
            );
        }
        let year = f.satser.year;
        let (rule_da, rule_en) = if below_pct > 0 {
            (
                format!("{below_pct} % af lønnen op til lønindtægtsgrænsen ({} i {year}) og 55 % af resten trækkes fra ydelsen", kr_da(graense_kr)),
                format!("{below_pct} % of the wage up to the wage limit ({} in {year}) and 55 % of the rest is deducted from the benefit", kr_en(graense_kr)),
            )
        } else {
            (
                format!("løn op til lønindtægtsgrænsen ({} i {year}) trækkes ikke fra; 55 % af den del, der overstiger grænsen, trækkes fra ydelsen", kr_da(graense_kr)),
                format!("wage up to the wage limit ({} in {year}) is not deducted; 55 % of the part above the limit is deducted from the benefit", kr_en(graense_kr)),
            )
        };
        calc.reason(
            ReasonKind::Reason,
            wage_law,
            format!(
                "Løn inklusive pension på {} om måneden: {rule_da}.",
                kr_da(s.wage_income_monthly)
            ),
            format!(
                "Wage including pension of {} a month: {rule_en}.",
                kr_en(s.wage_income_monthly)
            ),
        );
        calc.reason(Uncertain, wage_law,
            "Reglen for fradrag af løn er beskrevet af Ældresagen (før 2022), kommuner og STAR (fra 2022: intet fradrag op til grænsen). Selve lovteksten har vi ikke set.".into(),
            "The wage deduction rule is described by Ældresagen (before 2022), kommuner and STAR (from 2022: no deduction up to the limit). We have not seen the text of the act itself.".into());
    }
}

/// Which figures used were read in secondary sources only, and a year chosen with a figure
/// missing; no figure is silently taken from another source or year.
fn sources_note(calc: &mut Calculation, f: &Facts) {
    let year = f.satser.year;
    let secondary: Vec<_> = calc
        .used
        .iter()
        .filter_map(|figur| {
            f.satser
                .figur(*figur)
                .filter(|sats| sats.status == Kildestatus::Secondary)
                .map(|sats| (*figur, sats))
        })
        .collect();
    if !secondary.is_empty() {
        let list = |pick: fn((&'static str, &'static str)) -> &'static str,
                    kr: fn(f64) -> String| {
            secondary
                .iter()
                .map(|(figur, sats)| {
                    format!(
                        "{} {} {} ({})",
                        pick(figur.name()),
                        kr(sats.kr),
                        pick(figur.unit()),
                        sats.kilde
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        calc.reason(Uncertain, "LAS § 68, stk. 2",
            format!("Disse satser for {year} er ikke læst hos Beskæftigelsesministeriet eller STAR, men i andre kilder: {}.", list(|n| n.0, kr_da)),
            format!("These {year} rates were not read at the Ministry of Employment or STAR but in other sources: {}.", list(|n| n.1, kr_en)));
    }
    if let Some(fallback) = &f.rate_fallback {
        let names = |pick: fn((&'static str, &'static str)) -> &'static str| {
            fallback
                .missing
                .iter()
                .map(|figur| pick(figur.name()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let chosen = fallback.chosen_year;
        calc.reason(Uncertain, "LAS § 68, stk. 2",
            format!("Du har valgt satserne for {chosen}, men vi har ikke fundet satsen for {} i {chosen} i en kilde. Derfor er hele beregningen lavet med satserne for {year}.", names(|n| n.0)),
            format!("You chose the {chosen} rates, but we have not found the rate for {} in {chosen} in a source. So the whole estimate uses the {year} rates.", names(|n| n.1)));
    }
}

/// Rounds, floors at 0 and adds the result line and the reasons common to every estimate.
fn finish(mut calc: Calculation, f: &Facts) -> Ydelse {
    let total = calc.total_ore;
    let monthly_kr = rounded_div(total.max(0), 100);
    let floor_da = if total < 0 {
        " (ydelsen kan ikke blive negativ)"
    } else {
        ""
    };
    let floor_en = if total < 0 {
        " (the benefit cannot be negative)"
    } else {
        ""
    };
    calc.line(
        format!("Ydelse om måneden før skat, afrundet{floor_da}"),
        format!("Benefit per month before tax, rounded{floor_en}"),
        monthly_kr.saturating_mul(100),
    );
    sources_note(&mut calc, f);
    if calc.basis != YdelseBasis::Foertidspension {
        calc.reason(Information, "Skattepligtig A-indkomst",
            "Ydelsen er skattepligtig A-indkomst uden arbejdsmarkedsbidrag. Beløbene er før skat.".into(),
            "The benefit is taxable A-income without labour market contribution. The amounts are before tax.".into());
    }
    Ydelse {
        monthly_kr,
        basis: calc.basis,
        rate_year: f.satser.year,
        lines: calc.lines,
        reasons: calc.reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_once_half_away_from_zero() {
        assert_eq!(rounded_div(681_750, 100), 6_818);
        assert_eq!(rounded_div(681_749, 100), 6_817);
        assert_eq!(rounded_div(-250, 100), -3);
        assert_eq!(rounded_div(-249, 100), -2);
        assert_eq!(percent_of(594_237, 55), 326_830); // 3.268,3035 kr.
        assert_eq!(percent_of(775_706, 30), 232_712); // 2.327,118 kr.
        assert_eq!(percent_of(1, 50), 1);
        assert_eq!(ore(1468.2), 146_820);
        assert_eq!(ore(20907.37), 2_090_737);
    }
}
