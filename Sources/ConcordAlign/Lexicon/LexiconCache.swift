import ConcordText
import Foundation

/// The folder where `.ci/install-lexicons` puts dictionaries and `concord align` looks for
/// them: `$CONCORD_LEXICONS`, else `$XDG_CACHE_HOME/concord/lexicons`, else
/// `~/.cache/concord/lexicons`. Files are recognised by name: `cedict*.u8` or `cedict*.txt`
/// (Chinese → English) and `freedict-LLL-LLL.index` with its `.dict`.
public enum LexiconCache {
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let folder = environment["CONCORD_LEXICONS"], !folder.isEmpty { return folder }
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache"
        return cache + "/concord/lexicons"
    }

    /// Paths of the dictionaries in `folder` between the two languages (either way); for two
    /// languages with none between them and neither English, those from each into English, by
    /// which ``AnchorExtractor`` pivots.
    public static func paths(in folder: String, between a: Language, and b: Language) -> [String] {
        let direct = directPaths(in: folder, between: a, and: b)
        guard direct.isEmpty, a != b, a != .english, b != .english else { return direct }
        let intoEnglish = { (language: Language) in
            directPaths(in: folder, between: language, and: .english).filter { headwordLanguage(ofFile: $0) == language }
        }
        let (fromA, fromB) = (intoEnglish(a), intoEnglish(b))
        return fromA.isEmpty || fromB.isEmpty ? [] : fromA + fromB
    }

    /// The language of a dictionary file's headwords, by its name.
    static func headwordLanguage(ofFile path: String) -> Language? {
        let name = (path as NSString).lastPathComponent
        if name.hasPrefix("cedict") { return .chinese }
        guard name.hasPrefix("freedict-"), let code = name.dropFirst("freedict-".count).split(separator: "-").first else { return nil }
        return freeDictCodes[String(code)].flatMap { Language(code: $0) }
    }

    private static let freeDictCodes = ["eng": "en", "fra": "fr", "deu": "de", "spa": "es", "ita": "it"]

    private static func directPaths(in folder: String, between a: Language, and b: Language) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let pair: Set<String> = [a.code, b.code]
        return names.sorted().compactMap { name in
            let path = folder + "/" + name
            if name.hasPrefix("cedict"), name.hasSuffix(".u8") || name.hasSuffix(".txt") {
                return pair == ["zh", "en"] ? path : nil
            }
            if name.hasPrefix("freedict-"), name.hasSuffix(".index") {
                let codes = name.dropFirst("freedict-".count).dropLast(".index".count).split(separator: "-")
                let languages = Set(codes.compactMap { freeDictCodes[String($0)] })
                return languages == pair && FileManager.default.fileExists(atPath: String(path.dropLast(".index".count)) + ".dict") ? path : nil
            }
            return nil
        }
    }
}
