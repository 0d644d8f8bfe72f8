import Foundation
import ConcordGlossary
import ConcordText

/// Finds the names documents use that the glossary does not know, and groups the spellings of
/// each (`Zhang Yiming`, `Zhang Yi-ming`, `Zhang Yimming`, `张一鸣`), so a terminologist can
/// add them to the glossary.
///
/// Name-like spans are runs of capitalized words (with `of`, `de`, `la`… inside them), and Han
/// names written with a middle dot or left in a text of another language. Spans the glossary
/// already covers are dropped. Forms are grouped when they share a fingerprint (the sorted set
/// of their word keys: `Yiming Zhang` meets `Zhang Yiming`), a joined key (`Tik Tok` meets
/// `TikTok`), a sound key, the pinyin of a Han form, or are within a slip or two of each other.
public struct NameDiscoverer {
    /// A spelling seen in the documents.
    public struct Form: Sendable, Hashable {
        public let text: String
        public let language: LanguageTag
        public var count: Int
        /// The first place it was seen: `file:line:column`.
        public var example: String
    }

    /// Spellings of what is probably one name, the most frequent first.
    public struct Group: Sendable {
        public let forms: [Form]
        public var total: Int { forms.reduce(0) { $0 + $1.count } }
    }

    public let auditor: Auditor
    /// Words joining the capitalized words of one name.
    static let connectors: Set<String> = ["of", "the", "for", "de", "du", "des", "la", "le", "les", "d", "van", "von", "al", "bin"]
    /// Capitalized words that are not names: months, days, titles, and words that start
    /// sentences (`On August 6`, `According to`), which are cut from the front of a span.
    static let notNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mr", "mrs", "ms", "dr", "prof", "m", "mme", "mlle", "st", "sir",
        "the", "a", "an", "on", "in", "at", "for", "as", "but", "and", "or", "after", "before", "by", "with", "while", "when",
        "this", "that", "these", "those", "it", "its", "his", "her", "their", "our", "we", "they", "he", "she", "i", "according",
        "if", "since", "under", "from", "to", "of", "there", "here", "le", "la", "les", "un", "une", "des", "en", "dans", "pour",
        "selon", "mais", "et", "ou", "il", "elle", "ils", "elles", "ce", "cette", "ces", "depuis", "apres", "avant", "lors",
        "later", "then", "now", "today", "yesterday", "tomorrow", "meanwhile", "however", "also", "still", "yet", "so", "thus",
        "earlier", "last", "next", "first", "finally", "puis", "ensuite", "hier", "cependant", "toutefois", "ainsi", "enfin",
    ]
    /// Endings of nationality adjectives and demonyms (`Chinese`, `American`, `Western`), which
    /// are capitalized in English but are not names.
    static let adjectiveEndings = ["ese", "ian", "ians", "ean", "eans", "can", "cans", "ern", "ish", "ans"]

    public init(auditor: Auditor) { self.auditor = auditor }

    /// The groups found in the documents, largest first; a group is kept when it has two or
    /// more spellings or when its one spelling occurs at least `minimumCount` times.
    public func discover(_ documents: [(TextDocument, Language)], minimumCount: Int = 2) throws(ICUError) -> [Group] {
        var forms: [String: Form] = [:]
        var order: [String] = []
        var lowerCaseWords = Set<String>()
        var latinSpans: [(document: TextDocument, language: Language, words: [AuditWord], span: Range<Int>, covered: [Bool])] = []
        var hanSpans: [(text: String, language: LanguageTag, example: String)] = []
        func count(_ text: String, _ language: LanguageTag, _ example: @autoclosure () -> String) {
            let id = language.tag + "\u{1}" + text
            if forms[id] == nil {
                forms[id] = Form(text: text, language: language, count: 0, example: example())
                order.append(id)
            }
            forms[id]!.count += 1
        }
        for (document, language) in documents {
            // Which UTF-16 units the glossary already names: a lookup per span, however many mentions.
            var covered = [Bool](repeating: false, count: document.units.count)
            for mention in try auditor.mentions(document, language: language) {
                for unit in mention.range { covered[unit] = true }
            }
            let (words, runs) = try AuditTokenizer(language: language).tokenize(document.units)
            for word in words where !word.isCapitalized { lowerCaseWords.insert(word.key) }
            for span in Self.nameSpans(words) { latinSpans.append((document, language, words, span, covered)) }
            let mapper = document.positionMapper()
            for run in runs where run.text.contains("·") || (language != .chinese && run.text.count >= 2) {
                guard !covered[run.range].contains(true) else { continue }
                hanSpans.append((run.text, LanguageTag(language), "\(document.name):\(mapper.position(at: run.range.lowerBound))"))
            }
        }
        // A capitalized word that starts a sentence and is written in lower case elsewhere is an
        // ordinary word (`Later`, `Industry`): it is cut from the front of the span. A lone word
        // of a known name (`Wang` of Wang Yi) is that name, shortened.
        var mappers: [String: PositionMapper] = [:]
        let knownNameWords = Set(auditor.index.store.allTerms.filter(\.isName).flatMap(\.wordKeys))
        for item in latinSpans {
            var span = item.span
            if item.words[span.lowerBound].isSentenceStart, lowerCaseWords.contains(item.words[span.lowerBound].key) {
                span = (span.lowerBound + 1)..<span.upperBound
                while !span.isEmpty, !item.words[span.lowerBound].isCapitalized { span = (span.lowerBound + 1)..<span.upperBound }
            }
            guard !span.isEmpty, span.count > 1 || !knownNameWords.contains(item.words[span.lowerBound].key) else { continue }
            let range = item.words[span.lowerBound].range.lowerBound..<item.words[span.upperBound - 1].range.upperBound
            guard !item.covered[range].contains(true) else { continue }
            let mapper = mappers[item.document.name] ?? item.document.positionMapper()
            mappers[item.document.name] = mapper
            count(item.document.text(in: range), LanguageTag(item.language), "\(item.document.name):\(mapper.position(at: range.lowerBound))")
        }
        for span in hanSpans { count(span.text, span.language, span.example) }
        return try group(order.map { forms[$0]! }).filter { $0.forms.count >= 2 || $0.total >= minimumCount }
    }

    /// Runs of capitalized words, with connectors inside (never at an edge), of up to six
    /// words, without the words of ``notNames`` and lone nationality adjectives.
    static func nameSpans(_ words: [AuditWord]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var index = 0
        while index < words.count {
            guard words[index].isCapitalized, words[index].key.count >= 2, !notNames.contains(words[index].key) else { index += 1; continue }
            var end = index + 1
            var lastCapitalized = index
            while end < words.count, end - index < 6, words[end].gapBefore == .space || words[end].gapBefore == .hyphen {
                if words[end].isCapitalized { lastCapitalized = end } else if !connectors.contains(words[end].key) { break }
                end += 1
            }
            let isAdjective = lastCapitalized == index && adjectiveEndings.contains { words[index].key.hasSuffix($0) }
            if !isAdjective { spans.append(index..<(lastCapitalized + 1)) }
            index = lastCapitalized + 1
        }
        return spans
    }

    /// Union of forms that share a key or are a slip apart.
    private func group(_ forms: [Form]) throws(ICUError) -> [Group] {
        var parent = Array(forms.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        func join(_ a: Int, _ b: Int) { parent[root(a)] = root(b) }
        var byKey: [String: Int] = [:]
        var letters: [[Unicode.Scalar]] = []
        for (index, form) in forms.enumerated() {
            let isHan = form.text.unicodeScalars.contains { Script($0) == .han }
            let wordKeys = isHan ? [try auditor.index.pinyin.key(form.text)] : Self.wordKeys(form.text)
            let joined = wordKeys.joined()
            letters.append(Array(joined.unicodeScalars))
            var keys = ["j:" + joined, "f:" + Set(wordKeys).sorted().joined(separator: " ")]
            let sound = PhoneticKey.key(joined)
            if sound.count >= PhoneticKey.minimumLength + 1 { keys.append("s:" + sound) }
            for key in keys where key.count > 3 {
                if let other = byKey[key] { join(index, other) } else { byKey[key] = index }
            }
        }
        let byFirstLetter = Dictionary(grouping: forms.indices.filter { letters[$0].count >= 5 }) { letters[$0].first! }
        for bucket in byFirstLetter.values {
            for (position, a) in bucket.enumerated() {
                for b in bucket[(position + 1)...] where root(a) != root(b) {
                    let limit = SpellingDistance.limit(forLength: max(letters[a].count, letters[b].count))
                    if SpellingDistance.distance(letters[a], letters[b], limit: limit) != nil { join(a, b) }
                }
            }
        }
        let grouped = Dictionary(grouping: forms.indices, by: root)
        return grouped.values.map { members in
            Group(forms: members.map { forms[$0] }.sorted { ($0.count, $1.text) > ($1.count, $0.text) })
        }.sorted { ($0.total, $1.forms[0].text) > ($1.total, $0.forms[0].text) }
    }

    private static func wordKeys(_ text: String) -> [String] {
        text.split { !$0.isLetter && !$0.isNumber }.map { word in
            String(String.UnicodeScalarView(word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
        }.filter { !$0.isEmpty }
    }

    /// The groups as new glossary concepts for review: the most frequent spelling of each
    /// language preferred, the others admitted, each with its count and first location in `note` and `source`.
    public static func glossary(of groups: [Group]) -> Glossary {
        var used = Set<String>()
        return Glossary(concepts: groups.map { group in
            let base = "new-" + (wordKeys(group.forms[0].text).joined(separator: "-").filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            var id = base.count > 4 ? base : "new-name"
            var suffix = 2
            while !used.insert(id).inserted { id = "\(base)-\(suffix)"; suffix += 1 }
            var languages = Set<LanguageTag>()
            let terms = group.forms.map { form in
                Term(form.text, language: form.language, status: languages.insert(form.language).inserted ? .preferred : .admitted,
                     source: form.example, note: "seen \(form.count) time\(form.count == 1 ? "" : "s")\(form.text == group.forms[0].text ? "" : "; a variant of '\(group.forms[0].text)'?")")
            }
            return Concept(id: id, type: .other, definition: "Found by concord glossary discover: \(group.total) occurrence\(group.total == 1 ? "" : "s"); review the type and statuses.", terms: terms)
        })
    }
}
