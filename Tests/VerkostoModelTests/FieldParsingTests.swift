import Testing
import VerkostoModel
import VerkostoSupport


@Suite struct FieldParsingTests {
    func failure<T>(_ result: Result<T, FieldError>) -> String? {
        if case let .failure(error) = result { return error.message }
        return nil
    }

    @Test func dates() throws {
        #expect(try FieldParsing.day("2024-02-29").get() == Day(year: 2024, month: 2, day: 29))
        #expect(failure(FieldParsing.day("2023-02-29")) == "expected a date YYYY-MM-DD, got '2023-02-29'")
        #expect(failure(FieldParsing.day("29.2.2024")) == "expected a date YYYY-MM-DD, got '29.2.2024'")
    }

    @Test(arguments: [("42", 42), ("-7", -7), (" 12 ", 12)])
    func integers(text: String, value: Int) throws {
        #expect(try FieldParsing.integer(text).get() == value)
    }

    @Test func integersRefused() {
        #expect(failure(FieldParsing.integer("1,5"))?.contains("decimal commas") == true)
        #expect(failure(FieldParsing.integer("NaN")) == "expected an integer, got 'NaN'")
        #expect(failure(FieldParsing.integer("1e309")) == "expected an integer, got '1e309'")
        #expect(failure(FieldParsing.integer("99999999999999999999"))?.contains("out of range") == true)
    }

    @Test(arguments: [("60.1712", 60.1712), ("-1", -1.0), (" 24.9326 ", 24.9326), ("70", 70.0), ("-0.5", -0.5)])
    func decimals(text: String, value: Double) throws {
        #expect(try FieldParsing.decimal(text).get() == value)
    }

    @Test func decimalsRefused() {
        #expect(failure(FieldParsing.decimal("60,1712")) == "expected a decimal number with a '.', got '60,1712' (no decimal commas)")
        for text in ["NaN", "inf", "1e3", ".5", "5.", "6O.1", "--1", "", "0x10", "1.2.3"] {
            #expect(failure(FieldParsing.decimal(text)) == "expected a decimal number such as 60.1712, got '\(text)'", "\(text)")
        }
    }

    @Test func enumerations() throws {
        #expect(try FieldParsing.choice("partner", as: MembershipRole.self).get() == .partner)
        #expect(failure(FieldParsing.choice("boss", as: MembershipRole.self))
                == "expected one of: coordinator, member, partner; got 'boss'")
    }
}

@Suite struct TrimmingTests {
    @Test func trimsSpacesAndTabsOnly() {
        #expect(FieldParsing.trimmed(" \tx y\t ") == "x y")
        #expect(FieldParsing.trimmed("x") == "x")
        #expect(FieldParsing.trimmed("") == "")
        #expect(FieldParsing.trimmed("\nx\n") == "\nx\n")
    }
}
