@testable import ConcordAlign

extension SideAnchors {
    /// The anchor keys of a sentence, as strings: what tests compare.
    func keys(ofSentence index: Int) -> Set<String> { Set(sentences[index].map { keys[Int($0)].description }) }
}
