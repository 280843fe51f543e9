/// SpreadsheetML's escaped strings (`ST_Xstring`, ECMA-376 Part 1 §22.9.2.19).
///
/// XML 1.0 cannot carry most C0 control characters, U+FFFE or U+FFFF, and turns a carriage
/// return into a line feed when it parses. Cell text escapes each of these as `_xHHHH_`, the
/// character's code in four hexadecimal digits; Office escapes U+000D too ([MS-OI29500]
/// §2.1.1747). Text that already contains something of the form `_xHHHH_` escapes its first
/// underscore as `_x005F_`, so that it is not decoded.
enum EscapedString {
    /// Whether XML 1.0 (§2.2, `Char`) allows `scalar` in a document, apart from carriage return,
    /// which it allows but normalises away.
    static func isCarriedByXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...: return true
        default: return false
        }
    }

    /// `text` with every character XML cannot carry, and carriage return, written `_xHHHH_`,
    /// and the leading underscore of any literal `_xHHHH_` written `_x005F_`.
    ///
    /// - Complexity: O(*n*) in the number of scalars.
    static func encode(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { !isCarriedByXML($0) || $0 == "_" }) else { return text }
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if !isCarriedByXML(scalar) {
                out.append(contentsOf: escape(scalar.value).unicodeScalars)
            } else if scalar == "_" && startsEscapeSequence(scalars, at: index) {
                out.append(contentsOf: escape(0x5F).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` with every `_xHHHH_` replaced by the character it stands for.
    ///
    /// - Complexity: O(*n*) in the number of scalars.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if startsEscapeSequence(scalars, at: index),
               let code = hexValue(scalars[(index + 2)..<(index + 6)]), let scalar = Unicode.Scalar(code) {
                out.append(scalar)
                index += 7
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// Whether `_xHHHH_` (seven scalars) starts at `index`.
    private static func startsEscapeSequence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        index + 6 < scalars.count && scalars[index] == "_" && (scalars[index + 1] == "x" || scalars[index + 1] == "X")
            && scalars[index + 6] == "_" && hexValue(scalars[(index + 2)..<(index + 6)]) != nil
    }

    private static func hexValue(_ digits: ArraySlice<Unicode.Scalar>) -> UInt32? {
        var value: UInt32 = 0
        for digit in digits {
            switch digit {
            case "0"..."9": value = value * 16 + digit.value - 0x30
            case "a"..."f": value = value * 16 + digit.value - 0x61 + 10
            case "A"..."F": value = value * 16 + digit.value - 0x41 + 10
            default: return nil
            }
        }
        return value
    }

    private static func escape(_ code: UInt32) -> String {
        let hex = String(code, radix: 16, uppercase: true)
        return "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
    }
}
