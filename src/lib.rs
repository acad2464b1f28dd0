pub mod case_format;
pub mod rules;
pub mod ui;
