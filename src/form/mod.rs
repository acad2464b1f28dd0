//! The form as the user typed it (raw strings) and its translation into a `Situation`.
//! Pure functions, no Leptos: the field-by-field parsing is tested natively; checks that
//! involve several fields come from `rules::validate` and are mapped onto the same field ids.

pub mod codec;

use crate::rules::{
    self, Answer, Assessment, InputError, PreviousForloeb, Situation, YdelseBefore,
    DEFAULT_RATE_YEAR,
};
use chrono::NaiveDate;

/// The SPEC § 7 values of `ydelse_before`.
pub const YDELSE_BEFORE_VALUES: [&str; 5] = [
    "kontanthjaelp",
    "sygedagpenge",
    "ledighedsydelse",
    "foertidspension",
    "other",
];
/// The SPEC § 7 values of a yes / no / unclear answer (`target_group`,
/// `development_perspective`).
pub const ANSWER_VALUES: [&str; 3] = ["yes", "no", "unclear"];

/// The longest value a text field holds, in characters: the inputs' `maxlength` and the
/// save/share format use this one limit, so whatever the form holds can be saved and shared.
/// Far above any date or amount, so a pasted note is kept (and flagged) rather than cut.
pub const MAX_CHARS: usize = 100;
/// The most earlier forløb the form takes ("Tilføj forløb" stops there), and so the format.
pub const MAX_ROWS: usize = 20;

/// One row of earlier forløb; its ids are positional (`previous_forloeb-N-…`, as `validate`
/// numbers them).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PreviousRow {
    pub start: String,
    pub end: String,
    pub excluded_days: String,
}

/// The raw form. Field names follow SPEC § 7; the same names are the form's element ids.
#[derive(Debug, Clone, PartialEq)]
pub struct FormState {
    pub date: String,
    pub decision_date: String,
    pub birth_date: String,
    pub previous_forloeb: Vec<PreviousRow>,
    pub wishes_forloeb: bool,
    pub target_group: String,
    pub development_perspective: String,
    pub forsoerger: bool,
    pub hjemmeboende: bool,
    pub ydelse_before: String,
    pub ydelse_before_monthly: String,
    pub sygedagpenge_until: String,
    pub other_income_monthly: String,
    pub wage_income_monthly: String,
    pub rate_year: String,
    pub on_sygedagpenge: bool,
    pub sygedagpenge_extension_possible: String,
    pub unfit_for_work: bool,
    /// The counsellor's switch `show-all-fields`: every field on show (and in use), also those
    /// that do not apply to the answers so far. Not part of the situation.
    pub show_all_fields: bool,
}

/// The fields asked only when an earlier answer makes them apply (see `FormState::applies`).
pub const DEPENDENT_FIELDS: [&str; 5] = [
    "hjemmeboende",
    "ydelse_before_monthly",
    "sygedagpenge_until",
    "sygedagpenge_extension_possible",
    "unfit_for_work",
];

impl Default for FormState {
    /// Empty dates and amounts; every choice at its SPEC § 7 default.
    fn default() -> Self {
        FormState {
            date: String::new(),
            decision_date: String::new(),
            birth_date: String::new(),
            previous_forloeb: Vec::new(),
            wishes_forloeb: false,
            target_group: "yes".into(),
            development_perspective: "yes".into(),
            forsoerger: false,
            hjemmeboende: false,
            ydelse_before: "kontanthjaelp".into(),
            ydelse_before_monthly: String::new(),
            sygedagpenge_until: String::new(),
            other_income_monthly: String::new(),
            wage_income_monthly: String::new(),
            rate_year: DEFAULT_RATE_YEAR.to_string(),
            on_sygedagpenge: false,
            sygedagpenge_extension_possible: "unclear".into(),
            unfit_for_work: true,
            show_all_fields: false,
        }
    }
}

/// Every field of the form, once, by its SPEC § 7 id (= its `FormState` field and element id):
/// this makes the id lists below and `FormState`'s accessors by id, used by the link format,
/// the page and the table of fields in `present::form_markup` (tested to hold the same ids).
macro_rules! fields {
    (text: $($t:ident),+; choice: $($c:ident),+; flag: $($f:ident),+;) => {
        /// The fields typed as text (dates and amounts).
        pub const TEXT_FIELDS: &[&str] = &[$(stringify!($t)),+];
        /// The fields chosen from a list (selects).
        pub const CHOICE_FIELDS: &[&str] = &[$(stringify!($c)),+];
        /// The yes/no fields (checkboxes).
        pub const FLAG_FIELDS: &[&str] = &[$(stringify!($f)),+];

        impl FormState {
            fn own_text(&self, id: &str) -> Option<&String> {
                match id {
                    $(stringify!($t) => Some(&self.$t),)+
                    $(stringify!($c) => Some(&self.$c),)+
                    _ => None,
                }
            }

            fn own_text_mut(&mut self, id: &str) -> Option<&mut String> {
                match id {
                    $(stringify!($t) => Some(&mut self.$t),)+
                    $(stringify!($c) => Some(&mut self.$c),)+
                    _ => None,
                }
            }

            /// A yes/no field by its SPEC § 7 id, or the counsellor's switch `show-all-fields`.
            pub fn flag(&self, id: &str) -> Option<bool> {
                match id {
                    $(stringify!($f) => Some(self.$f),)+
                    "show-all-fields" => Some(self.show_all_fields),
                    _ => None,
                }
            }

            pub fn flag_mut(&mut self, id: &str) -> Option<&mut bool> {
                match id {
                    $(stringify!($f) => Some(&mut self.$f),)+
                    "show-all-fields" => Some(&mut self.show_all_fields),
                    _ => None,
                }
            }
        }
    };
}

fields! {
    text: date, decision_date, birth_date, ydelse_before_monthly, sygedagpenge_until,
        other_income_monthly, wage_income_monthly;
    choice: rate_year, target_group, development_perspective, ydelse_before,
        sygedagpenge_extension_possible;
    flag: wishes_forloeb, forsoerger, hjemmeboende, on_sygedagpenge, unfit_for_work;
}

impl FormState {
    /// A text or choice field by its SPEC § 7 id, or an earlier forløb's cell by its id
    /// (`previous_forloeb-N-start|end|excluded_days`).
    pub fn text(&self, id: &str) -> Option<&String> {
        self.own_text(id).or_else(|| {
            let (row, column) = cell(id)?;
            self.previous_forloeb.get(row).map(|r| column.of(r))
        })
    }

    pub fn text_mut(&mut self, id: &str) -> Option<&mut String> {
        match cell(id) {
            Some((row, column)) => self.previous_forloeb.get_mut(row).map(|r| column.of_mut(r)),
            None => self.own_text_mut(id),
        }
    }

    /// Appends an empty row; nothing at `MAX_ROWS` rows.
    pub fn add_previous(&mut self) {
        if self.previous_forloeb.len() < MAX_ROWS {
            self.previous_forloeb.push(PreviousRow::default());
        }
    }

    /// Removes row `index` (from 0); the rows below it move up.
    pub fn remove_previous(&mut self, index: usize) {
        if index < self.previous_forloeb.len() {
            self.previous_forloeb.remove(index);
        }
    }

    /// Whether the question `id` applies, given the answers it depends on: ask only what is
    /// needed (GOV.UK, DKFDS question pages). Fields not in `DEPENDENT_FIELDS` always apply.
    pub fn applies(&self, id: &str) -> bool {
        let before = self.ydelse_before.as_str();
        match id {
            // LAS § 68, stk. 2: the rate for hjemmeboende under 25 is not the forsørger's.
            "hjemmeboende" => !self.forsoerger,
            // LAS § 68, stk. 4 and 5: the amount carried over from sygedagpenge or ledighedsydelse.
            "ydelse_before_monthly" => matches!(before, "sygedagpenge" | "ledighedsydelse"),
            // LAS § 68, stk. 4: how long the sygedagpenge amount is carried over.
            "sygedagpenge_until" => before == "sygedagpenge",
            // Sygedagpengeloven §§ 24, 27 (J1–J2): asked only of a person on sygedagpenge.
            "sygedagpenge_extension_possible" | "unfit_for_work" => self.on_sygedagpenge,
            _ => true,
        }
    }

    /// Whether the field `id` is on show: it applies, or the counsellor shows every field.
    pub fn shown(&self, id: &str) -> bool {
        self.show_all_fields || self.applies(id)
    }

    /// The form as the rules see it: a field not on show counts as left at its default, so a
    /// value typed before an answer changed is kept (and back when the field is) but not used.
    pub fn in_use(&self) -> FormState {
        let mut form = self.clone();
        let default = FormState::default();
        for id in DEPENDENT_FIELDS.iter().filter(|id| !self.shown(id)) {
            if let (Some(slot), Some(value)) = (form.text_mut(id), default.text(id)) {
                value.clone_into(slot);
            } else if let (Some(slot), Some(value)) = (form.flag_mut(id), default.flag(id)) {
                *slot = value;
            }
        }
        form
    }

    /// True when a field that does not apply holds something other than its default: a link or
    /// a saved copy made with every field on show, which then opens with every field on show so
    /// that it gives the same answer.
    pub fn holds_hidden_values(&self) -> bool {
        let default = FormState::default();
        DEPENDENT_FIELDS.iter().any(|id| {
            !self.applies(id)
                && (self.text(id) != default.text(id) || self.flag(id) != default.flag(id))
        })
    }

    /// `date` and `birth_date` both filled in: before that there is nothing to answer.
    pub fn has_required(&self) -> bool {
        !self.date.trim().is_empty() && !self.birth_date.trim().is_empty()
    }
}

/// A column of the earlier forløb's rows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Column {
    Start,
    End,
    ExcludedDays,
}

impl Column {
    pub const ALL: [Column; 3] = [Column::Start, Column::End, Column::ExcludedDays];

    /// The last part of the cell's id.
    pub fn name(self) -> &'static str {
        match self {
            Column::Start => "start",
            Column::End => "end",
            Column::ExcludedDays => "excluded_days",
        }
    }

    fn of(self, row: &PreviousRow) -> &String {
        match self {
            Column::Start => &row.start,
            Column::End => &row.end,
            Column::ExcludedDays => &row.excluded_days,
        }
    }

    fn of_mut(self, row: &mut PreviousRow) -> &mut String {
        match self {
            Column::Start => &mut row.start,
            Column::End => &mut row.end,
            Column::ExcludedDays => &mut row.excluded_days,
        }
    }
}

/// The id of row `row`'s cell in `column`.
pub fn cell_id(row: usize, column: Column) -> String {
    format!("previous_forloeb-{row}-{}", column.name())
}

/// The row (from 0) and column of a cell's id.
pub fn cell(id: &str) -> Option<(usize, Column)> {
    let (row, column) = id.strip_prefix("previous_forloeb-")?.split_once('-')?;
    let column = Column::ALL.into_iter().find(|c| c.name() == column)?;
    // Only the canonical number: "01" or "+1" is not row 1's id.
    let row: usize = row.parse().ok().filter(|r: &usize| r.to_string() == row)?;
    Some((row, column))
}

/// The ids of the fields a person has left or that were filled for them, whose problems are
/// shown. A sorted list: a form has a few dozen ids, and a hash set costs the WebAssembly more.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Touched(Vec<String>);

impl Touched {
    pub fn contains(&self, id: &str) -> bool {
        self.0.binary_search_by(|t| t.as_str().cmp(id)).is_ok()
    }

    pub fn insert(&mut self, id: String) {
        if let Err(at) = self.0.binary_search(&id) {
            self.0.insert(at, id);
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.0.iter()
    }
}

impl FromIterator<String> for Touched {
    fn from_iter<I: IntoIterator<Item = String>>(ids: I) -> Self {
        let mut ids: Vec<String> = ids.into_iter().collect();
        ids.sort_unstable();
        ids.dedup();
        Touched(ids)
    }
}

/// The touched ids after removing row `index`: the row's own go, and the rows below it move up
/// one (ids are positional), so no untouched row inherits a removed row's "touched".
pub fn touched_after_removing(touched: &Touched, index: usize) -> Touched {
    touched
        .iter()
        .filter_map(|id| match cell(id) {
            Some((row, _)) if row == index => None,
            Some((row, column)) if row > index => Some(cell_id(row - 1, column)),
            _ => Some(id.clone()),
        })
        .collect()
}

/// What is wrong with a field. Messages are chosen by the page in the user's language.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Required,
    NotADate,
    NoSuchDate,
    NotAnAmount,
    Negative,
    /// More kroner than any monthly amount could be (and than a number can hold exactly).
    TooLarge,
    NotWholeDays,
    InFuture,
    NotAChoice,
    /// A cross-field check from `rules::validate`, already worded in both languages.
    Rule {
        da: String,
        en: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    /// The element id of the field, e.g. `previous_forloeb-1-end`.
    pub id: String,
    pub problem: Problem,
}

/// The element id for a field path from `rules::validate`: `previous_forloeb[1].end` →
/// `previous_forloeb-1-end`.
pub fn path_to_id(path: &str) -> String {
    path.replace("].", "-").replace('[', "-").replace(']', "")
}

pub fn from_input_errors(errors: Vec<InputError>) -> Vec<FieldError> {
    errors
        .into_iter()
        .map(|e| FieldError {
            id: path_to_id(&e.field),
            problem: Problem::Rule {
                da: e.message,
                en: e.message_en,
            },
        })
        .collect()
}

/// A date as people write it: `dd-mm-åååå`, `dd.mm.åååå`, `dd/mm/åååå` (day first), `ddmmåååå`
/// (a phone's number pad has no separators) or ISO `åååå-mm-dd` (as in the case files).
pub fn parse_date(raw: &str) -> Result<NaiveDate, Problem> {
    let raw = raw.trim();
    let parts: Vec<&str> = if raw.len() == 8 && raw.bytes().all(|b| b.is_ascii_digit()) {
        vec![&raw[0..2], &raw[2..4], &raw[4..8]]
    } else {
        raw.split(['-', '.', '/']).collect()
    };
    let numbers: Option<Vec<u32>> = parts
        .iter()
        .map(|p| {
            (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect();
    let (y, m, d) = match (numbers.as_deref(), parts.as_slice()) {
        (Some(&[y, m, d]), [ys, _, _]) if ys.len() == 4 => (y, m, d),
        (Some(&[d, m, y]), [_, _, ys]) if ys.len() == 4 => (y, m, d),
        _ => return Err(Problem::NotADate),
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(Problem::NotADate);
    }
    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(Problem::NoSuchDate)
}

/// An amount in kroner: Danish `12.500,50` or `12.500,-`, plain `12500`, or `12500.50`; `kr.`,
/// `kr` or `DKK` before or after, in any case. Whitespace anywhere is ignored (`12 500`, or
/// `12\t500` pasted from a spreadsheet). Empty means 0.
pub fn parse_amount(raw: &str) -> Result<f64, Problem> {
    let spaced: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    let lower = spaced.to_lowercase();
    let mut s = lower.as_str();
    for unit in ["kr.", "kr", "dkk"] {
        if let Some(rest) = s.strip_prefix(unit) {
            s = rest;
            break;
        }
    }
    for unit in ["kr.", "kr", "dkk"] {
        if let Some(rest) = s.strip_suffix(unit) {
            s = rest;
            break;
        }
    }
    // `12.500,-` is whole kroner; `12500.` a sentence's full stop.
    let s = s.strip_suffix(",-").unwrap_or(s);
    let s = s.strip_suffix('.').unwrap_or(s);
    if s.is_empty() {
        return Ok(0.0);
    }
    let (s, negative) = match s.strip_prefix(['-', '−']) {
        Some(rest) => (rest, true),
        None => (s, false),
    };
    let grouped = |int: &str| {
        let groups: Vec<&str> = int.split('.').collect();
        groups.len() > 1
            && (1..=3).contains(&groups[0].len())
            && groups[1..].iter().all(|g| g.len() == 3)
    };
    let (int, frac) = match s.split_once(',') {
        Some((int, frac)) if grouped(int) => (int.replace('.', ""), frac.to_string()),
        Some((int, frac)) => (int.to_string(), frac.to_string()),
        None if grouped(s) => (s.replace('.', ""), String::new()),
        None => match s.split_once('.') {
            Some((int, frac)) => (int.to_string(), frac.to_string()),
            None => (s.to_string(), String::new()),
        },
    };
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(&int) || !digits(&frac) || frac.len() > 2 {
        return Err(Problem::NotAnAmount);
    }
    if negative {
        return Err(Problem::Negative);
    }
    // Twelve digits of kroner: far past any monthly amount, still exact in an f64 with øre.
    if int.trim_start_matches('0').len() > 12 {
        return Err(Problem::TooLarge);
    }
    // Whole kroner and øre as integers: exact, and no float parser in the WebAssembly.
    let kroner: u64 = int.parse().map_err(|_| Problem::NotAnAmount)?;
    let oere: u64 = format!("{frac:0<2}")
        .parse()
        .map_err(|_| Problem::NotAnAmount)?;
    Ok(kroner as f64 + oere as f64 / 100.0)
}

/// Whole days; empty means 0.
pub fn parse_days(raw: &str) -> Result<u32, Problem> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(0);
    }
    // Digits only: `u32::from_str` would also take `+5`.
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::NotWholeDays);
    }
    s.parse().map_err(|_| Problem::NotWholeDays)
}

fn parse_answer(raw: &str) -> Result<Answer, Problem> {
    match raw {
        "yes" => Ok(Answer::Yes),
        "no" => Ok(Answer::No),
        "unclear" => Ok(Answer::Unclear),
        _ => Err(Problem::NotAChoice),
    }
}

fn parse_ydelse_before(raw: &str) -> Result<YdelseBefore, Problem> {
    match raw {
        "kontanthjaelp" => Ok(YdelseBefore::Kontanthjaelp),
        "sygedagpenge" => Ok(YdelseBefore::Sygedagpenge),
        "ledighedsydelse" => Ok(YdelseBefore::Ledighedsydelse),
        "foertidspension" => Ok(YdelseBefore::Foertidspension),
        "other" => Ok(YdelseBefore::Other),
        _ => Err(Problem::NotAChoice),
    }
}

/// Collects the errors of every field rather than stopping at the first, so the error summary
/// lists them all.
struct Parser {
    errors: Vec<FieldError>,
}

impl Parser {
    fn field<T>(&mut self, id: impl Into<String>, result: Result<T, Problem>) -> Option<T> {
        result
            .map_err(|problem| {
                self.errors.push(FieldError {
                    id: id.into(),
                    problem,
                })
            })
            .ok()
    }

    fn required_date(&mut self, id: &str, raw: &str) -> Option<NaiveDate> {
        let result = if raw.trim().is_empty() {
            Err(Problem::Required)
        } else {
            parse_date(raw)
        };
        self.field(id, result)
    }

    fn optional_date(&mut self, id: &str, raw: &str) -> Option<Option<NaiveDate>> {
        let result = if raw.trim().is_empty() {
            Ok(None)
        } else {
            parse_date(raw).map(Some)
        };
        self.field(id, result)
    }
}

/// The situation the form describes (its fields on show, `FormState::in_use`), or every
/// field-level problem. `today` is needed only to refuse a birth date in the future; everything
/// else about dates is the rules' business.
pub fn parse(form: &FormState, today: NaiveDate) -> Result<Situation, Vec<FieldError>> {
    let form = &form.in_use();
    let mut p = Parser { errors: Vec::new() };
    let date = p.required_date("date", &form.date);
    let birth_date = p.required_date("birth_date", &form.birth_date);
    let birth_date = birth_date.and_then(|b| {
        p.field(
            "birth_date",
            if b > today {
                Err(Problem::InFuture)
            } else {
                Ok(b)
            },
        )
    });
    let decision_date = p.optional_date("decision_date", &form.decision_date);
    let sygedagpenge_until = p.optional_date("sygedagpenge_until", &form.sygedagpenge_until);
    let previous: Vec<Option<PreviousForloeb>> = form
        .previous_forloeb
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let start = p.required_date(&format!("previous_forloeb-{i}-start"), &row.start);
            let end = p.required_date(&format!("previous_forloeb-{i}-end"), &row.end);
            let excluded_days = p.field(
                format!("previous_forloeb-{i}-excluded_days"),
                parse_days(&row.excluded_days),
            );
            Some(PreviousForloeb {
                start: start?,
                end: end?,
                excluded_days: excluded_days?,
            })
        })
        .collect();
    let target_group = p.field("target_group", parse_answer(&form.target_group));
    let development_perspective = p.field(
        "development_perspective",
        parse_answer(&form.development_perspective),
    );
    let extension = p.field(
        "sygedagpenge_extension_possible",
        parse_answer(&form.sygedagpenge_extension_possible),
    );
    let ydelse_before = p.field("ydelse_before", parse_ydelse_before(&form.ydelse_before));
    let ydelse_before_monthly = p.field(
        "ydelse_before_monthly",
        parse_amount(&form.ydelse_before_monthly),
    );
    let other_income_monthly = p.field(
        "other_income_monthly",
        parse_amount(&form.other_income_monthly),
    );
    let wage_income_monthly = p.field(
        "wage_income_monthly",
        parse_amount(&form.wage_income_monthly),
    );
    let rate_year = p.field(
        "rate_year",
        form.rate_year
            .trim()
            .parse::<i32>()
            .map_err(|_| Problem::NotAChoice),
    );

    // Every `?` below is reached only when the errors list is empty, so none can fail.
    let build = || -> Option<Situation> {
        Some(Situation {
            date: date?,
            decision_date: decision_date?,
            birth_date: birth_date?,
            previous_forloeb: previous.into_iter().collect::<Option<_>>()?,
            wishes_forloeb: form.wishes_forloeb,
            target_group: target_group?,
            development_perspective: development_perspective?,
            forsoerger: form.forsoerger,
            hjemmeboende: form.hjemmeboende,
            ydelse_before: ydelse_before?,
            ydelse_before_monthly: ydelse_before_monthly?,
            sygedagpenge_until: sygedagpenge_until?,
            other_income_monthly: other_income_monthly?,
            wage_income_monthly: wage_income_monthly?,
            rate_year: rate_year?,
            on_sygedagpenge: form.on_sygedagpenge,
            sygedagpenge_extension_possible: extension?,
            unfit_for_work: form.unfit_for_work,
        })
    };
    match build() {
        Some(situation) if p.errors.is_empty() => Ok(situation),
        _ => Err(p.errors),
    }
}

/// The order of the fields on the page, so the error summary lists problems top to bottom
/// (`present::form_markup` holds its table of fields to this order).
pub const FIELD_ORDER: [&str; 18] = [
    "birth_date",
    "forsoerger",
    "hjemmeboende",
    "date",
    "wishes_forloeb",
    "decision_date",
    "previous_forloeb",
    "ydelse_before",
    "ydelse_before_monthly",
    "sygedagpenge_until",
    "other_income_monthly",
    "wage_income_monthly",
    "on_sygedagpenge",
    "sygedagpenge_extension_possible",
    "unfit_for_work",
    "target_group",
    "development_perspective",
    "rate_year",
];

/// Sorts `items` by `key`, keeping the order of items with equal keys, as `sort_by_key` does.
/// An insertion sort: the lists are short (the form's errors, the timeline's periods and marks),
/// and each type sorted by std's sorts costs the WebAssembly ~4 kB of code.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sort key of an element id: its field's place on the page, then the row number.
fn form_position(id: &str) -> (usize, usize, usize) {
    let mut parts = id.splitn(3, '-');
    let field = parts.next().unwrap_or_default();
    let row = parts.next().and_then(|n| n.parse().ok()).unwrap_or(0);
    let column = parts.next();
    let column = ["start", "end", "excluded_days"]
        .iter()
        .position(|c| Some(*c) == column)
        .unwrap_or(0);
    let place = FIELD_ORDER
        .iter()
        .position(|f| *f == field)
        .unwrap_or(FIELD_ORDER.len());
    (place, row, column)
}

/// Everything the page shows, computed from the form in one go.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// Field problems in page order: parse errors, then (when all fields parse) `validate`'s.
    pub errors: Vec<FieldError>,
    /// The assessment, only when the form is complete and valid.
    pub assessment: Option<Assessment>,
}

pub fn evaluate(form: &FormState, today: NaiveDate) -> Evaluation {
    let mut errors = match parse(form, today) {
        Ok(situation) => {
            let errors = from_input_errors(rules::validate(&situation));
            if errors.is_empty() {
                let assessment = Some(rules::assess(&situation));
                return Evaluation { errors, assessment };
            }
            errors
        }
        Err(errors) => errors,
    };
    sort_by_key(&mut errors, |e| form_position(&e.id));
    Evaluation {
        errors,
        assessment: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_by_key_keeps_the_order_of_equal_keys() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (-5, 'f')];
        sort_by_key(&mut items, |i| i.0);
        assert_eq!(items.iter().map(|i| i.1).collect::<String>(), "fbedac");
        for n in 0..40 {
            // Keys with many ties, in an order that is neither sorted nor reversed.
            let mut items: Vec<(usize, usize)> = (0..n).map(|i| ((i * 7 + 3) % 5, i)).collect();
            let mut expected = items.clone();
            expected.sort_by_key(|i| i.0);
            sort_by_key(&mut items, |i| i.0);
            assert_eq!(items, expected, "{n} items");
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const TODAY: fn() -> NaiveDate = || d(2026, 11, 22);

    #[test]
    fn dates_in_danish_and_iso_order() {
        assert_eq!(parse_date("15-03-1980"), Ok(d(1980, 3, 15)));
        assert_eq!(parse_date(" 5.3.1980 "), Ok(d(1980, 3, 5)));
        assert_eq!(parse_date("05/03/1980"), Ok(d(1980, 3, 5)));
        assert_eq!(parse_date("1980-03-15"), Ok(d(1980, 3, 15)));
        assert_eq!(parse_date("2024-02-29"), Ok(d(2024, 2, 29)));
        assert_eq!(parse_date("15031980"), Ok(d(1980, 3, 15)));
    }

    #[test]
    fn impossible_and_malformed_dates() {
        assert_eq!(parse_date("31-02-2024"), Err(Problem::NoSuchDate));
        assert_eq!(parse_date("2023-02-29"), Err(Problem::NoSuchDate));
        assert_eq!(parse_date("32-01-2024"), Err(Problem::NotADate));
        assert_eq!(parse_date("15-13-2024"), Err(Problem::NotADate));
        assert_eq!(parse_date("15-03-80"), Err(Problem::NotADate));
        assert_eq!(parse_date("i går"), Err(Problem::NotADate));
        assert_eq!(parse_date("2024-01"), Err(Problem::NotADate));
        assert_eq!(parse_date("+1-01-2024"), Err(Problem::NotADate));
        assert_eq!(parse_date("1503198"), Err(Problem::NotADate));
        assert_eq!(parse_date("31022024"), Err(Problem::NoSuchDate));
    }

    #[test]
    fn amounts_danish_and_plain() {
        assert_eq!(parse_amount("12.500,50"), Ok(12500.5));
        assert_eq!(parse_amount("12500"), Ok(12500.0));
        assert_eq!(parse_amount("12 500 kr."), Ok(12500.0));
        assert_eq!(parse_amount("12.500"), Ok(12500.0));
        assert_eq!(parse_amount("1.234.567,5"), Ok(1234567.5));
        assert_eq!(parse_amount("12500.50"), Ok(12500.5));
        assert_eq!(parse_amount("0,5"), Ok(0.5));
        assert_eq!(parse_amount(""), Ok(0.0));
        // Pasted from a spreadsheet, and the ways Danes write kroner.
        assert_eq!(parse_amount("12\t500"), Ok(12500.0));
        assert_eq!(parse_amount("12.500,-"), Ok(12500.0));
        assert_eq!(parse_amount("kr. 12"), Ok(12.0));
        assert_eq!(parse_amount("12 KR"), Ok(12.0));
        assert_eq!(parse_amount("Kr. 1.200,50"), Ok(1200.5));
        assert_eq!(parse_amount("DKK 900"), Ok(900.0));
        assert_eq!(parse_amount("12.500,- kr."), Ok(12500.0));
    }

    #[test]
    fn bad_amounts() {
        assert_eq!(parse_amount("tolv"), Err(Problem::NotAnAmount));
        assert_eq!(parse_amount("12a"), Err(Problem::NotAnAmount));
        assert_eq!(parse_amount("1,2,3"), Err(Problem::NotAnAmount));
        assert_eq!(parse_amount("12,505"), Err(Problem::NotAnAmount));
        assert_eq!(parse_amount(","), Err(Problem::NotAnAmount));
        assert_eq!(parse_amount("-100"), Err(Problem::Negative));
        assert_eq!(parse_amount("kr. -100"), Err(Problem::Negative));
        assert_eq!(parse_amount("12,-,-"), Err(Problem::NotAnAmount));
        assert_eq!(parse_amount("krkr 12"), Err(Problem::NotAnAmount));
    }

    #[test]
    fn absurd_amounts_are_too_large_not_a_wrong_number() {
        assert_eq!(parse_amount("18446744073709551615"), Err(Problem::TooLarge));
        assert_eq!(parse_amount(&"9".repeat(40)), Err(Problem::TooLarge));
        assert_eq!(parse_amount("1.000.000.000.000"), Err(Problem::TooLarge));
        assert_eq!(parse_amount("999.999.999.999,99"), Ok(999_999_999_999.99));
        assert_eq!(parse_amount("0000000000000000012"), Ok(12.0));
    }

    #[test]
    fn days_are_digits_only() {
        assert_eq!(parse_days(" 30 "), Ok(30));
        assert_eq!(parse_days(""), Ok(0));
        assert_eq!(parse_days("+5"), Err(Problem::NotWholeDays));
        assert_eq!(parse_days("-5"), Err(Problem::NotWholeDays));
        assert_eq!(parse_days("3,5"), Err(Problem::NotWholeDays));
        assert_eq!(parse_days("99999999999"), Err(Problem::NotWholeDays));
    }

    #[test]
    fn validate_paths_become_element_ids() {
        assert_eq!(
            path_to_id("previous_forloeb[1].end"),
            "previous_forloeb-1-end"
        );
        assert_eq!(path_to_id("previous_forloeb[0]"), "previous_forloeb-0");
        assert_eq!(path_to_id("birth_date"), "birth_date");
    }

    #[test]
    fn a_filled_form_becomes_the_situation() {
        let mut form = FormState {
            date: "01-03-2024".into(),
            birth_date: "1980-05-17".into(),
            ydelse_before: "sygedagpenge".into(),
            ydelse_before_monthly: "18.500".into(),
            forsoerger: true,
            ..FormState::default()
        };
        form.add_previous();
        form.previous_forloeb[0].start = "01-01-2020".into();
        form.previous_forloeb[0].end = "31-12-2020".into();
        let s = parse(&form, TODAY()).unwrap();
        let mut expected = Situation::new(d(2024, 3, 1), d(1980, 5, 17));
        expected.ydelse_before = YdelseBefore::Sygedagpenge;
        expected.ydelse_before_monthly = 18500.0;
        expected.forsoerger = true;
        expected.previous_forloeb = vec![PreviousForloeb {
            start: d(2020, 1, 1),
            end: d(2020, 12, 31),
            excluded_days: 0,
        }];
        assert_eq!(s, expected);
    }

    #[test]
    fn every_bad_field_is_reported_with_its_id() {
        let mut form = FormState {
            birth_date: "2030-01-01".into(),
            other_income_monthly: "mange".into(),
            ..FormState::default()
        };
        form.add_previous();
        form.add_previous();
        form.previous_forloeb[1].start = "31-02-2021".into();
        form.previous_forloeb[1].excluded_days = "3,5".into();
        let errors = parse(&form, TODAY()).unwrap_err();
        let got: Vec<(&str, &Problem)> =
            errors.iter().map(|e| (e.id.as_str(), &e.problem)).collect();
        assert_eq!(
            got,
            vec![
                ("date", &Problem::Required),
                ("birth_date", &Problem::InFuture),
                ("previous_forloeb-0-start", &Problem::Required),
                ("previous_forloeb-0-end", &Problem::Required),
                ("previous_forloeb-1-start", &Problem::NoSuchDate),
                ("previous_forloeb-1-end", &Problem::Required),
                ("previous_forloeb-1-excluded_days", &Problem::NotWholeDays),
                ("other_income_monthly", &Problem::NotAnAmount),
            ]
        );
    }

    #[test]
    fn errors_are_listed_in_page_order() {
        let mut ids = vec![
            "rate_year",
            "previous_forloeb-1-start",
            "date",
            "previous_forloeb-0-end",
            "birth_date",
            "previous_forloeb-0-start",
        ];
        ids.sort_by_key(|id| form_position(id));
        assert_eq!(
            ids,
            vec![
                "birth_date",
                "date",
                "previous_forloeb-0-start",
                "previous_forloeb-0-end",
                "previous_forloeb-1-start",
                "rate_year"
            ]
        );
    }

    #[test]
    fn removing_a_row_moves_the_rows_below_it_up() {
        let mut form = FormState::default();
        for start in ["a", "b", "c"] {
            form.add_previous();
            *form
                .text_mut(&cell_id(form.previous_forloeb.len() - 1, Column::Start))
                .unwrap() = start.into();
        }
        form.remove_previous(1);
        let starts: Vec<&str> = form
            .previous_forloeb
            .iter()
            .map(|r| r.start.as_str())
            .collect();
        assert_eq!(starts, ["a", "c"]);
        assert_eq!(
            form.text("previous_forloeb-1-start").map(String::as_str),
            Some("c")
        );
        form.remove_previous(5);
        assert_eq!(form.previous_forloeb.len(), 2);
    }

    #[test]
    fn a_cell_is_found_by_its_id_and_only_by_it() {
        let mut form = FormState::default();
        form.add_previous();
        form.add_previous();
        *form.text_mut("previous_forloeb-1-excluded_days").unwrap() = "12".into();
        assert_eq!(form.previous_forloeb[1].excluded_days, "12");
        assert_eq!(cell("previous_forloeb-1-end"), Some((1, Column::End)));
        for id in [
            "previous_forloeb-2-start",
            "previous_forloeb-01-start",
            "previous_forloeb-+1-start",
            "previous_forloeb-1-days",
            "previous_forloeb-1",
            "1-start",
        ] {
            assert!(form.text(id).is_none(), "{id}");
        }
        for row in 0..2 {
            for column in Column::ALL {
                assert_eq!(cell(&cell_id(row, column)), Some((row, column)));
            }
        }
    }

    #[test]
    fn dependent_fields_apply_only_after_their_trigger() {
        let mut form = FormState::default();
        for id in DEPENDENT_FIELDS {
            let expected = id == "hjemmeboende";
            assert_eq!(form.applies(id), expected, "{id} with the defaults");
        }
        form.ydelse_before = "ledighedsydelse".into();
        assert!(form.applies("ydelse_before_monthly") && !form.applies("sygedagpenge_until"));
        form.ydelse_before = "sygedagpenge".into();
        assert!(form.applies("ydelse_before_monthly") && form.applies("sygedagpenge_until"));
        form.on_sygedagpenge = true;
        assert!(form.applies("sygedagpenge_extension_possible") && form.applies("unfit_for_work"));
        form.forsoerger = true;
        assert!(!form.applies("hjemmeboende"));
        assert!(form.applies("birth_date") && form.applies("rate_year"));
    }

    #[test]
    fn a_hidden_field_keeps_its_value_but_is_not_used() {
        let mut form = FormState {
            date: "01-03-2024".into(),
            birth_date: "17-05-1980".into(),
            ydelse_before: "kontanthjaelp".into(),
            ydelse_before_monthly: "18.500".into(),
            sygedagpenge_until: "not a date".into(),
            sygedagpenge_extension_possible: "no".into(),
            unfit_for_work: false,
            ..FormState::default()
        };
        let s = parse(&form, TODAY()).unwrap();
        assert_eq!(s.ydelse_before_monthly, 0.0);
        assert_eq!(s.sygedagpenge_until, None);
        assert_eq!(s.sygedagpenge_extension_possible, Answer::Unclear);
        assert!(s.unfit_for_work);
        assert_eq!(form.ydelse_before_monthly, "18.500");
        assert!(form.holds_hidden_values() && !FormState::default().holds_hidden_values());
        // Shown (by the trigger or by the switch): used, and checked.
        form.ydelse_before = "sygedagpenge".into();
        let errors = parse(&form, TODAY()).unwrap_err();
        assert_eq!(errors[0].id, "sygedagpenge_until");
        form.sygedagpenge_until = String::new();
        assert_eq!(
            parse(&form, TODAY()).unwrap().ydelse_before_monthly,
            18500.0
        );
        form.ydelse_before = "kontanthjaelp".into();
        form.show_all_fields = true;
        let s = parse(&form, TODAY()).unwrap();
        assert_eq!(s.ydelse_before_monthly, 18500.0);
        assert_eq!(s.sygedagpenge_extension_possible, Answer::No);
        assert!(!s.unfit_for_work);
    }

    #[test]
    fn touched_holds_each_id_once_and_finds_it() {
        let mut touched: Touched = ["date", "birth_date", "date"]
            .map(String::from)
            .into_iter()
            .collect();
        assert!(touched.contains("date") && touched.contains("birth_date"));
        assert!(!touched.contains("dat") && !touched.contains(""));
        for id in ["aa", "date", "zz", "birth_date"] {
            touched.insert(id.to_string());
        }
        let ids: Vec<&str> = touched.iter().map(String::as_str).collect();
        assert_eq!(ids, ["aa", "birth_date", "date", "zz"]);
        assert!(["aa", "birth_date", "date", "zz"]
            .iter()
            .all(|id| touched.contains(id)));
    }

    #[test]
    fn removing_a_row_moves_the_touched_ids_of_the_rows_below_up() {
        let touched: Touched = [
            "birth_date",
            "previous_forloeb-0-start",
            "previous_forloeb-1-end",
            "previous_forloeb-2-excluded_days",
        ]
        .map(String::from)
        .into_iter()
        .collect();
        let mut after: Vec<String> = touched_after_removing(&touched, 1)
            .iter()
            .cloned()
            .collect();
        after.sort();
        assert_eq!(
            after,
            [
                "birth_date",
                "previous_forloeb-0-start",
                "previous_forloeb-1-excluded_days"
            ]
        );
        let mut after: Vec<String> = touched_after_removing(&touched, 0)
            .iter()
            .cloned()
            .collect();
        after.sort();
        assert_eq!(
            after,
            [
                "birth_date",
                "previous_forloeb-0-end",
                "previous_forloeb-1-excluded_days"
            ]
        );
    }

    #[test]
    fn no_more_rows_than_the_format_holds() {
        let mut form = FormState::default();
        for _ in 0..MAX_ROWS + 3 {
            form.add_previous();
        }
        assert_eq!(form.previous_forloeb.len(), 20);
    }
}
