/// Proleptic Gregorian calendar arithmetic on plain integers, with no `Calendar` or `TimeZone` involved.
enum CivilCalendar {
    /// Seconds from 1970-01-01T00:00:00Z to 2001-01-01T00:00:00Z, the reference date of `Date`.
    static let unixToReferenceSeconds: Int64 = 978_307_200

    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2:
            return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    static func isValidDate(year: Int, month: Int, day: Int) -> Bool {
        guard (0...9999).contains(year), (1...12).contains(month) else {
            return false
        }
        return day >= 1 && day <= daysInMonth(month, year: year)
    }

    /// Counts days from 1970-01-01 to the given date (negative before it).
    ///
    /// Shifts the year to start in March so that the leap day is the last day of a year,
    /// then counts whole 400-year eras, years within the era and days within the year.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int64 {
        let shiftedYear: Int64 = Int64(month <= 2 ? year - 1 : year)
        let era: Int64 = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra: Int64 = shiftedYear - era * 400
        let monthFromMarch: Int64 = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear: Int64 = (153 * monthFromMarch + 2) / 5 + Int64(day) - 1
        let dayOfEra: Int64 = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Converts a day count from 1970-01-01 back to a calendar date; the inverse of `daysSinceEpoch`.
    static func date(daysSinceEpoch days: Int64) -> (year: Int, month: Int, day: Int) {
        let shifted: Int64 = days + 719_468
        let era: Int64 = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra: Int64 = shifted - era * 146_097
        let yearOfEra: Int64 = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear: Int64 = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch: Int64 = (5 * dayOfYear + 2) / 153
        let day: Int64 = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month: Int64 = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year: Int64 = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }
}
