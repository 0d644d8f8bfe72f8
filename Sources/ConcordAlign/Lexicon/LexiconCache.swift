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

    /// Paths of the dictionaries in `folder` between the two languages (either way).
    public static func paths(in folder: String, between a: Language, and b: Language) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let pair: Set<String> = [a.code, b.code]
        return names.sorted().compactMap { name in
            let path = folder + "/" + name
            if name.hasPrefix("cedict"), name.hasSuffix(".u8") || name.hasSuffix(".txt") {
                return pair == ["zh", "en"] ? path : nil
            }
            if name.hasPrefix("freedict-"), name.hasSuffix(".index") {
                let codes = name.dropFirst("freedict-".count).dropLast(".index".count).split(separator: "-")
                let languages = Set(codes.compactMap { code in ["eng": "en", "fra": "fr", "deu": "de", "spa": "es", "ita": "it"][String(code)] })
                return languages == pair && FileManager.default.fileExists(atPath: String(path.dropLast(".index".count)) + ".dict") ? path : nil
            }
            return nil
        }
    }
}
