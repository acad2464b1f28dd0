pub mod case_format;
pub mod kilder;
pub mod rules;
pub mod ui;
