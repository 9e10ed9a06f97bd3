extension ValidationContext {
    /// Checks `minimum` (or `exclusiveMinimum` when `exclusive`) exactly, with no rounding through `Double`.
    public mutating func checkMinimum(_ value: Int64, _ limit: Int64, exclusive: Bool, at pointer: String) {
        let fails: Bool = exclusive ? value <= limit : value < limit
        if fails {
            reportBound(String(value), String(limit), isMinimum: true, exclusive: exclusive, at: pointer)
        }
    }

    /// Checks `minimum` (or `exclusiveMinimum`) for an `Int` value.
    public mutating func checkMinimum(_ value: Int, _ limit: Int, exclusive: Bool, at pointer: String) {
        checkMinimum(Int64(value), Int64(limit), exclusive: exclusive, at: pointer)
    }

    /// Checks `minimum` (or `exclusiveMinimum`) for a floating-point value.
    public mutating func checkMinimum(_ value: Double, _ limit: Double, exclusive: Bool, at pointer: String) {
        let fails: Bool = exclusive ? value <= limit : value < limit
        if fails {
            reportBound(Self.text(value), Self.text(limit), isMinimum: true, exclusive: exclusive, at: pointer)
        }
    }

    /// Checks `maximum` (or `exclusiveMaximum` when `exclusive`) exactly, with no rounding through `Double`.
    public mutating func checkMaximum(_ value: Int64, _ limit: Int64, exclusive: Bool, at pointer: String) {
        let fails: Bool = exclusive ? value >= limit : value > limit
        if fails {
            reportBound(String(value), String(limit), isMinimum: false, exclusive: exclusive, at: pointer)
        }
    }

    /// Checks `maximum` (or `exclusiveMaximum`) for an `Int` value.
    public mutating func checkMaximum(_ value: Int, _ limit: Int, exclusive: Bool, at pointer: String) {
        checkMaximum(Int64(value), Int64(limit), exclusive: exclusive, at: pointer)
    }

    /// Checks `maximum` (or `exclusiveMaximum`) for a floating-point value.
    public mutating func checkMaximum(_ value: Double, _ limit: Double, exclusive: Bool, at pointer: String) {
        let fails: Bool = exclusive ? value >= limit : value > limit
        if fails {
            reportBound(Self.text(value), Self.text(limit), isMinimum: false, exclusive: exclusive, at: pointer)
        }
    }

    /// Checks `multipleOf` exactly; a `divisor` of zero or less is no constraint (JSON Schema requires > 0).
    public mutating func checkMultipleOf(_ value: Int64, _ divisor: Int64, at pointer: String) {
        guard divisor > 0, value % divisor != 0 else {
            return
        }
        reportMultipleOf(String(value), String(divisor), at: pointer)
    }

    /// Checks `multipleOf` for an `Int` value.
    public mutating func checkMultipleOf(_ value: Int, _ divisor: Int, at pointer: String) {
        checkMultipleOf(Int64(value), Int64(divisor), at: pointer)
    }

    /// Checks `multipleOf` for a floating-point value, allowing for binary rounding.
    ///
    /// The value passes when `value / divisor` is within 1e-9 (or 4 units in the last place, if larger)
    /// of a whole number, so `0.3` is a multiple of `0.1` although `0.3 / 0.1` is `2.9999999999999996`.
    public mutating func checkMultipleOf(_ value: Double, _ divisor: Double, at pointer: String) {
        guard divisor > 0 else {
            return
        }
        let quotient: Double = value / divisor
        let distance: Double = (quotient - quotient.rounded()).magnitude
        if !quotient.isFinite || distance > max(1e-9, quotient.ulp * 4) {
            reportMultipleOf(Self.text(value), Self.text(divisor), at: pointer)
        }
    }

    /// Writes a number the way JSON would: integral values without `.0`, others in shortest form.
    static func text(_ number: Double) -> String {
        if number.rounded() == number, number.magnitude < 1e15 {
            return String(Int64(number))
        }
        return String(describing: number)
    }

    private mutating func reportBound(
        _ value: String, _ limit: String, isMinimum: Bool, exclusive: Bool, at pointer: String
    ) {
        let keyword: String
        let relation: String
        switch (isMinimum, exclusive) {
        case (true, false):
            (keyword, relation) = ("minimum", "is less than")
        case (true, true):
            (keyword, relation) = ("exclusiveMinimum", "is not greater than")
        case (false, false):
            (keyword, relation) = ("maximum", "exceeds")
        case (false, true):
            (keyword, relation) = ("exclusiveMaximum", "is not less than")
        }
        let message: String = "value \(value) \(relation) \(keyword) \(limit)"
        report(at: pointer, keyword: keyword, limit: limit, value: value, message: message)
    }

    private mutating func reportMultipleOf(_ value: String, _ divisor: String, at pointer: String) {
        let message: String = "value \(value) is not a multiple of \(divisor)"
        report(at: pointer, keyword: "multipleOf", limit: divisor, value: value, message: message)
    }
}
