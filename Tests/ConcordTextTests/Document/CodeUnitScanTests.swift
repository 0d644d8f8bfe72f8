import Testing
@testable import ConcordText
import TestSupport

@Suite struct CodeUnitScanTests {
    /// Random UTF-16 units drawn mostly around the bounds that matter, so every lane position
    /// and every edge value is hit.
    private func randomUnits(_ generator: inout SplitMix, count: Int) -> [UInt16] {
        let interesting: [UInt16] = [0x00, 0x09, 0x0A, 0x0D, 0x0E, 0x1F, 0x20, 0x7E, 0x7F, 0x2FF, 0x300, 0x7FFF, 0x8000, 0xFFFF, 0x4E2D]
        return (0..<count).map { _ in
            generator.next() % 3 == 0 ? interesting[Int(generator.next() % UInt64(interesting.count))] : UInt16(0x20 + generator.next() % 0x5F)
        }
    }

    @Test func scansAgreeWithPlainLoops() {
        var generator = SplitMix(seed: 42)
        for _ in 0..<2_000 {
            let units = randomUnits(&generator, count: Int(generator.next() % 40))
            let lower = Int(generator.next() % UInt64(units.count + 1))
            let upper = lower + Int(generator.next() % UInt64(units.count - lower + 1))
            let range = lower..<upper
            units.withUnsafeBufferPointer { buffer in
                for bound: UInt16 in [0x0E, 0x20, 0x300, 0x8000, 0xFFFF] {
                    let expected = range.first { units[$0] < bound } ?? upper
                    #expect(CodeUnitScan.firstIndex(below: bound, in: buffer, range) == expected)
                }
                for bound: UInt16 in [0x7E, 0x2FF, 0x7FFE, 0x8000, 0xFFFE] {
                    let expected = range.first { units[$0] > bound } ?? upper
                    #expect(CodeUnitScan.firstIndex(above: bound, in: buffer, range) == expected)
                }
                for (low, high): (UInt16, UInt16) in [(0x20, 0x2FF), (0x0E, 0x7E), (0x7FFF, 0x8000), (0, 0xFFFF)] {
                    let expected = range.first { !(low...high).contains(units[$0]) } ?? upper
                    #expect(CodeUnitScan.firstIndex(outside: low, high, in: buffer, range) == expected)
                }
                let within = range.allSatisfy { (0x20...0x7E).contains(units[$0]) }
                #expect(CodeUnitScan.allWithin(0x20, 0x7E, in: buffer, range) == within)
            }
        }
    }

    @Test func nfcCheckWithLatinFastPathAgreesWithICUOnMixedText() throws {
        let nfc = try Normalizer(.nfc)
        let pieces = ["Pompeo ", "e\u{301}", "é", "蓬佩奥", "\u{1100}\u{1161}", "가", "A\u{30A}", "“TikTok”", "\u{301}", "x"]
        var generator = SplitMix(seed: 3)
        for _ in 0..<500 {
            let text = (0..<Int(generator.next() % 12)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let units = Array(text.utf16)
            let isNFC = try nfc.normalize(text).utf16.elementsEqual(text.utf16)
            let (fast, icuAlone) = units.withUnsafeBufferPointer { buffer in
                (nfc.isNormalized(buffer), buffer.baseAddress.map { nfc.icuQuickCheck($0, 0..<buffer.count) } ?? true)
            }
            // The fast path answers as ICU's quick check over the whole text, and "yes" is never wrong.
            #expect(fast == icuAlone, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(!fast || isNFC)
        }
    }
}
