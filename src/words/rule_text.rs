//! Problem rules in the reader's language. The model words every rule in English (the data
//! tool prints them so); the page shows them in Azerbaijani or Russian through this table of
//! patterns, where `{}` stands for a value (a date, a list of names) kept as it is, or itself
//! translated when it is a rule or word of the table (the reason inside a date error, say).

use crate::model::{Problem, Subject};
use crate::words::text::Text;

/// English pattern, Azerbaijani, Russian. `{}` in the pattern matches any text; `{0}`, `{1}`
/// in the translations put those texts back, in any order.
const RULES: &[(&str, &str, &str)] = &[
    ("is required", "tələb olunur", "обязательно"),
    ("must not be empty", "boş ola bilməz", "не может быть пустым"),
    ("must be a string", "mətn olmalıdır", "должно быть строкой"),
    ("must be a number", "ədəd olmalıdır", "должно быть числом"),
    ("must be true or false", "true və ya false olmalıdır", "должно быть true или false"),
    ("must be an array", "siyahı (massiv) olmalıdır", "должно быть списком (массивом)"),
    ("must be a JSON object", "JSON obyekti olmalıdır", "должно быть объектом JSON"),
    ("must be shorter", "daha qısa olmalıdır", "должно быть короче"),
    ("must be a non-empty string or an object of strings by language", "boş olmayan mətn və ya dillər üzrə mətnlər obyekti olmalıdır", "должно быть непустой строкой или объектом строк по языкам"),
    ("must be a non-empty string", "boş olmayan mətn olmalıdır", "должно быть непустой строкой"),
    ("must be URL-safe: lower-case a-z, digits, '-' or '_', at most 100 characters", "URL üçün təhlükəsiz olmalıdır: kiçik a-z hərfləri, rəqəmlər, '-' və ya '_', ən çoxu 100 simvol", "должно быть безопасным для URL: строчные a-z, цифры, '-' или '_', не более 100 символов"),
    ("must be a colour written #rrggbb", "#rrggbb şəklində rəng olmalıdır", "должно быть цветом в виде #rrggbb"),
    ("must be an http(s) link, a mailto: link or an e-mail address", "http(s) linki, mailto: linki və ya e-poçt ünvanı olmalıdır", "должно быть ссылкой http(s), ссылкой mailto: или адресом e-mail"),
    ("must be an http:// or https:// URL with a host", "hostu olan http:// və ya https:// URL olmalıdır", "должно быть URL http:// или https:// с хостом"),
    ("must be an https:// URL template with a host", "hostu olan https:// URL şablonu olmalıdır", "должно быть шаблоном URL https:// с хостом"),
    ("is too long: at most 2,000 characters", "çox uzundur: ən çoxu 2000 simvol", "слишком длинно: не более 2000 символов"),
    ("must contain {z}, {x} and {y}", "{z}, {x} və {y} daxil olmalıdır", "должно содержать {z}, {x} и {y}"),
    ("may use only the placeholders {s}, {z}, {x}, {y}, {-y} and {r}", "yalnız {s}, {z}, {x}, {y}, {-y} və {r} yer tutucularından istifadə edə bilər", "может использовать только подстановки {s}, {z}, {x}, {y}, {-y} и {r}"),
    ("needs an attribution naming the tiles' source", "xəritə plitələrinin mənbəyini göstərən istinad lazımdır", "нужна атрибуция, называющая источник плиток"),
    ("must be one of: {}", "bunlardan biri olmalıdır: {0}", "должно быть одним из: {0}"),
    ("needs at least one source", "ən azı bir mənbə lazımdır", "нужен хотя бы один источник"),
    ("needs at least one status change", "ən azı bir status dəyişikliyi lazımdır", "нужно хотя бы одно изменение статуса"),
    ("needs at least one category", "ən azı bir kateqoriya lazımdır", "нужна хотя бы одна категория"),
    ("a context figure needs a value or a date", "kontekst göstəricisinə dəyər və ya tarix lazımdır", "контекстному показателю нужно значение или дата"),
    ("a source needs a url, or a title to find it by", "mənbəyə url və ya onu tapmaq üçün başlıq lazımdır", "источнику нужен url или заголовок, по которому его можно найти"),
    ("dated after the dataset's as-of date ({}); only a planned change may carry a future (target) date", "məlumatın aktuallıq tarixindən ({0}) sonraya aiddir; gələcək (hədəf) tarixi yalnız planlaşdırılan dəyişiklik daşıya bilər", "датировано позже даты актуальности набора ({0}); будущую (плановую) дату может иметь только запланированное изменение"),
    ("does not match the date {}, which has {} precision", "{0} tarixinə uyğun gəlmir (onun dəqiqliyi: {1})", "не соответствует дате {0}, у которой точность: {1}"),
    ("is \"unknown\" but coordinates are given: say how precise they are", "\"unknown\" göstərilib, amma koordinatlar verilib: onların nə qədər dəqiq olduğunu yazın", "указано \"unknown\", но координаты даны: укажите их точность"),
    ("is required when precision is \"{}\" (use \"unknown\" for a record with no coordinates)", "dəqiqlik \"{0}\" olduqda tələb olunur (koordinatı olmayan qeyd üçün \"unknown\" yazın)", "обязательно при точности \"{0}\" (для записи без координат укажите \"unknown\")"),
    ("{} is given, so {} is required too", "{0} verilib, ona görə {1} də tələb olunur", "указано {0}, поэтому нужно и {1}"),
    ("is not readable JSON: {}", "oxunaqlı JSON deyil: {0}", "не читается как JSON: {0}"),
    ("latitude must be between -90 and 90", "enlik -90 ilə 90 arasında olmalıdır", "широта должна быть от -90 до 90"),
    ("longitude must be between -180 and 180", "uzunluq -180 ilə 180 arasında olmalıdır", "долгота должна быть от -180 до 180"),
    ("longitudes must be between -180 and 180, latitudes between -90 and 90", "uzunluqlar -180 ilə 180, enliklər -90 ilə 90 arasında olmalıdır", "долготы должны быть от -180 до 180, широты от -90 до 90"),
    ("must be [west, south, east, north]: four numbers", "[qərb, cənub, şərq, şimal] olmalıdır: dörd ədəd", "должно быть [запад, юг, восток, север]: четыре числа"),
    ("must be [west, south, east, north] with west ≠ east and south < north", "[qərb, cənub, şərq, şimal] olmalıdır: qərb ≠ şərq və cənub < şimal", "должно быть [запад, юг, восток, север], где запад ≠ восток и юг < север"),
    ("outside the dataset's area (lat/lon swapped?): the extent is {} (west, south, east, north); drawn where the record says", "məlumatın ərazisindən kənardadır (enlik və uzunluq yerini dəyişib?): ərazi {0} (qərb, cənub, şərq, şimal); qeydin göstərdiyi yerdə çəkilib", "вне области набора (широта и долгота перепутаны?): область {0} (запад, юг, восток, север); показано там, где указано в записи"),
    ("outside the dataset's area: the extent is {} (west, south, east, north); drawn where the record says", "məlumatın ərazisindən kənardadır: ərazi {0} (qərb, cənub, şərq, şimal); qeydin göstərdiyi yerdə çəkilib", "вне области набора: область {0} (запад, юг, восток, север); показано там, где указано в записи"),
    ("status changes must be in date order, but this comes before {}", "status dəyişiklikləri tarix sırası ilə olmalıdır, bu isə {0} tarixindən əvvəldir", "изменения статуса должны идти по порядку дат, а это раньше, чем {0}"),
    ("the last day held comes before the first ({})", "keçirildiyi son gün birincidən ({0}) əvvəldir", "последний день проведения раньше первого ({0})"),
    ("an event cannot open ({}) after its last day held", "tədbir keçirildiyi son gündən sonra ({0}) aça bilməz", "мероприятие не может открыться ({0}) после последнего дня проведения"),
    ("this build reads schema_version {} only", "bu versiya yalnız schema_version {0} oxuyur", "эта сборка читает только schema_version {0}"),
    ("unknown category (the dataset defines: {})", "naməlum kateqoriya (məlumatda olanlar: {0})", "неизвестная категория (в наборе есть: {0})"),
    ("unknown field (known: {})", "naməlum sahə (məlum sahələr: {0})", "неизвестное поле (известные: {0})"),
    ("duplicate id: an earlier entry already uses it", "təkrar id: əvvəlki qeyd artıq onu istifadə edir", "повторный id: он уже есть у одной из предыдущих записей"),
    ("holds U+FFFD (\u{FFFD}) where the text was damaged, e.g. an unpaired surrogate escape such as \\ud800; shown as it is", "mətnin zədələndiyi yerdə U+FFFD (\u{FFFD}) var, məsələn cütü olmayan surrogat \\ud800; olduğu kimi göstərilir", "содержит U+FFFD (\u{FFFD}) там, где текст повреждён, например непарный суррогат \\ud800; показано как есть"),
    ("{} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): {}", "{0} ISO 8601 tarixi deyil (YYYY, YYYY-MM və ya YYYY-MM-DD): {1}", "{0} — не дата ISO 8601 (YYYY, YYYY-MM или YYYY-MM-DD): {1}"),
    ("too many parts", "hissələr çoxdur", "слишком много частей"),
    ("the month must be 01 to 12", "ay 01-dən 12-yə qədər olmalıdır", "месяц должен быть от 01 до 12"),
    ("the {} must be {} digits", "{0} {1} rəqəmli olmalıdır", "{0}: нужно {1} цифры"),
    ("{} has no day {}", "{0} tarixində {1} günü yoxdur", "в {0} нет дня {1}"),
    ("year", "il", "год"),
    ("month", "ay", "месяц"),
    ("day", "gün", "день"),
];

/// The texts `{}` stands for, if `text` matches `pattern`.
fn captures<'a>(pattern: &str, text: &'a str) -> Option<Vec<&'a str>> {
    let parts: Vec<&str> = pattern.split("{}").collect();
    let mut rest = text.strip_prefix(parts[0])?;
    if parts.len() == 1 {
        return rest.is_empty().then(Vec::new);
    }
    let mut out = Vec::new();
    for (i, part) in parts.iter().enumerate().skip(1) {
        let at = if i == parts.len() - 1 {
            // The last fixed part ends the text.
            rest.len()
                .checked_sub(part.len())
                .filter(|&at| rest[at..] == **part)?
        } else {
            rest.find(part)?
        };
        out.push(&rest[..at]);
        rest = &rest[at + part.len()..];
    }
    Some(out)
}

/// `rule` in the language `lang` ("az", "ru"); English, or a rule the table does not know,
/// is returned as it is.
pub fn rule(lang: &str, rule: &str) -> String {
    let column = match lang {
        "az" => 1,
        "ru" => 2,
        _ => return rule.to_string(),
    };
    for row in RULES {
        let Some(found) = captures(row.0, rule) else {
            continue;
        };
        let mut out = if column == 1 { row.1 } else { row.2 }.to_string();
        for (i, text) in found.iter().enumerate() {
            out = out.replace(&format!("{{{i}}}"), &self::rule(lang, text));
        }
        return out;
    }
    rule.to_string()
}

/// A problem in one line for a reader of `t`'s language, each part cut to `max` characters
/// (as [`Problem::short`] does in English).
pub fn problem_line(t: &Text, p: &Problem, max: usize) -> String {
    let subject = match p.subject {
        Subject::Dataset => t.problem_dataset.to_string(),
        _ => p.subject.to_string(),
    };
    p.short_as(max, &subject, t.problem_field, &rule(t.lang, &p.rule))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::text::{AZ, EN, RU};

    #[test]
    fn values_in_a_rule_are_kept_and_nested_reasons_translated() {
        assert_eq!(
            rule("ru", "unknown category (the dataset defines: bank, atm)"),
            "неизвестная категория (в наборе есть: bank, atm)"
        );
        assert_eq!(
            rule("az", "\"2021-13\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): the month must be 01 to 12"),
            "\"2021-13\" ISO 8601 tarixi deyil (YYYY, YYYY-MM və ya YYYY-MM-DD): ay 01-dən 12-yə qədər olmalıdır"
        );
        assert_eq!(
            rule("ru", "\"21\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): the year must be 4 digits"),
            "\"21\" — не дата ISO 8601 (YYYY, YYYY-MM или YYYY-MM-DD): год: нужно 4 цифры"
        );
        assert_eq!(
            rule(
                "az",
                "does not match the date 2021-06-01, which has day precision"
            ),
            "2021-06-01 tarixinə uyğun gəlmir (onun dəqiqliyi: gün)"
        );
        assert_eq!(rule("en", "must be a number"), "must be a number");
        assert_eq!(rule("ru", "a rule nobody wrote"), "a rule nobody wrote");
    }

    #[test]
    fn a_problem_line_speaks_the_readers_language_and_english_is_unchanged() {
        let p = Problem {
            subject: Subject::Record {
                index: 3,
                id: Some("atm-1".into()),
            },
            field: "location.lat".into(),
            value: "123".into(),
            rule: "latitude must be between -90 and 90".into(),
        };
        assert_eq!(problem_line(&EN, &p, 80), p.short(80));
        assert_eq!(
            problem_line(&RU, &p, 80),
            "records[3] (\"atm-1\"): поле \"location.lat\" = 123: широта должна быть от -90 до 90"
        );
        let d = Problem {
            subject: Subject::Dataset,
            ..p
        };
        assert!(problem_line(&AZ, &d, 80).starts_with(AZ.problem_dataset));
    }
}
