using System.Collections.Frozen;
using System.Globalization;

namespace Community.Core.Search;

/// <summary>
/// Turns what a visitor typed into plain terms. Nothing the visitor types is ever passed to the
/// full-text engine as syntax: quotes are dropped and each term is later bound as a quoted phrase
/// or a LIKE parameter, so <c>OR</c>, <c>NEAR(</c>, <c>title:</c> and <c>*</c> are just text.
/// </summary>
public static class SearchTerms
{
    public const int MaxTerms = 8;
    public const int MaxTermLength = 50;

    /// <summary>The FTS5 trigram tokenizer indexes 3-character windows; shorter terms go to the word index.</summary>
    public const int IndexableLength = 3;

    /// <remarks>Control characters separate terms like spaces: SQLite reads a NUL inside a bound MATCH string as its end.</remarks>
    public static IReadOnlyList<string> Parse(string? query)
    {
        var terms = new string((query ?? "").Select(c => c == '"' || char.IsControl(c) ? ' ' : c).ToArray())
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(term => term.Length > MaxTermLength ? term[..MaxTermLength] : term)
            .Select(term => term.ToLowerInvariant())
            .Distinct()
            .ToList();
        var meaningful = terms.Where(term => !IsFunctionWord(term)).ToList();
        return (meaningful.Count > 0 ? meaningful : terms).Take(MaxTerms).ToList();
    }

    /// <summary>
    /// English words nearly every English question holds ("the", "to", "I", the "s" of "what's" typed apart). Requiring
    /// them narrows nothing a reader means and hides a question worded without them; they are also the longest lists in
    /// both indexes (at 1M posts every one of the slowest searches held one). Dropped when the query has other terms;
    /// a query made only of them is searched as typed. Korean short words are never dropped: most nouns are two syllables.
    /// </summary>
    private static readonly FrozenSet<string> EnglishFunctionWords = FrozenSet.Create(StringComparer.Ordinal,
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "do", "for", "from", "has", "have", "i", "if", "in", "into",
        "is", "it", "its", "me", "my", "of", "on", "or", "so", "that", "the", "their", "then", "there", "these", "they",
        "this", "to", "was", "we", "were", "will", "with", "you", "your");

    public static bool IsFunctionWord(string term) =>
        EnglishFunctionWords.Contains(term) || (term.Length == 1 && char.IsAsciiLetter(term[0]));

    public static bool IsIndexable(string term) => new StringInfo(term).LengthInTextElements >= IndexableLength;

    /// <summary>An FTS5 MATCH expression where every term is a quoted phrase joined by <paramref name="joiner"/>.</summary>
    public static string ToMatchExpression(IEnumerable<string> terms, string joiner = " AND ") =>
        string.Join(joiner, terms.Select(t => "\"" + t.Replace("\"", "\"\"") + "\""));

    /// <summary>An FTS5 MATCH expression of quoted prefix queries ("필터"*), for the word index.</summary>
    public static string ToPrefixExpression(IEnumerable<string> terms) =>
        string.Join(" AND ", terms.Select(t => "\"" + t.Replace("\"", "\"\"") + "\"*"));

    /// <summary>A LIKE / ILIKE pattern finding <paramref name="term"/> anywhere, its wildcards escaped with a backslash.</summary>
    public static string ToContainsPattern(string term) =>
        "%" + term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    /// <summary>
    /// A PostgreSQL tsquery of quoted prefix operands ('필터':*) joined by AND: the word index's form of
    /// <see cref="ToPrefixExpression"/>. Each term is one quoted operand, so its text is never read as operators.
    /// </summary>
    public static string ToTsPrefixQuery(IEnumerable<string> terms) =>
        string.Join(" & ", terms.Select(t => "'" + t.Replace("\\", "\\\\").Replace("'", "''") + "':*"));
}
