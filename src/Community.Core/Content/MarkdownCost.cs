using Markdig.Syntax;

namespace Community.Core.Content;

/// <summary>
/// Bounds what one post may cost to render, in the shapes that made 30 KB take seconds: a pipe table whose header
/// has a thousand columns pads every following line to that width (13 million cells from 30 KB); thousands of
/// emphasis marks make delimiter matching quadratic; and the sanitizer spends about 0.1 ms on every element.
/// Checked in two steps: a linear scan before parsing, then a count of the parsed document before it becomes HTML.
/// </summary>
public static class MarkdownCost
{
    /// <summary>Table cells a post may hold before parsing (the element count below bounds filled cells further).</summary>
    public const int MaxTableCells = 2_000;

    /// <summary>Runs of emphasis marks (* _ ~) outside code: far beyond any real post's bold and italics.</summary>
    public const int MaxEmphasisRuns = 600;

    /// <summary>Parsed blocks and inline pieces (paragraphs, links, cells, emphasis…) a post may hold.</summary>
    public const int MaxElements = 3_000;

    /// <summary>Lines outside code fences: each may open a block, and thousands of list items or quotes parse slowly.</summary>
    public const int MaxLines = 3_000;

    /// <summary>Bare web addresses, which the parser turns into links at about 0.1 ms each.</summary>
    public const int MaxBareLinks = 500;

    private static readonly string[] BareLinkStarts = ["www.", "http://", "https://", "ftp://", "mailto:"];

    /// <summary>Throws <see cref="DomainException"/> ("MarkdownTooComplex") before parsing a costly shape.</summary>
    public static void CheckSource(string markdown)
    {
        var prose = ProseLines(markdown);
        if (prose.Count > MaxLines || TableCellEstimate(prose) > MaxTableCells || EmphasisRuns(prose) > MaxEmphasisRuns
            || BareLinks(prose) > MaxBareLinks)
            throw new DomainException("MarkdownTooComplex");
    }

    /// <summary>The lines outside fenced code, where nothing is parsed as Markdown.</summary>
    private static List<string> ProseLines(string markdown)
    {
        var lines = new List<string>();
        var inFence = false;
        foreach (var line in markdown.Split('\n'))
        {
            var trimmed = line.AsSpan().TrimStart();
            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~")) inFence = !inFence;
            else if (!inFence) lines.Add(line);
        }
        return lines;
    }

    /// <summary>Throws <see cref="DomainException"/> ("MarkdownTooComplex") when the parsed post has too many pieces to render and sanitise.</summary>
    public static void CheckParsed(MarkdownDocument document)
    {
        var elements = 0;
        foreach (var _ in document.Descendants())
            if (++elements > MaxElements) throw new DomainException("MarkdownTooComplex");
    }

    /// <summary>A run of lines holding "|" can become one table: its widest line times its length bounds the cells.</summary>
    private static int TableCellEstimate(List<string> lines)
    {
        var total = 0;
        var widest = 0;
        var rows = 0;
        foreach (var line in lines)
        {
            var trimmed = line.AsSpan().Trim();
            var pipes = trimmed.Count('|');
            if (pipes == 0)
            {
                total += widest * rows;
                widest = rows = 0;
                continue;
            }
            var columns = pipes + 1 - (trimmed.StartsWith("|") ? 1 : 0) - (trimmed.Length > 1 && trimmed.EndsWith("|") ? 1 : 0);
            widest = Math.Max(widest, Math.Max(1, columns));
            rows++;
        }
        return total + widest * rows;
    }

    private static int EmphasisRuns(List<string> lines)
    {
        var runs = 0;
        foreach (var line in lines)
        {
            var inCode = false;
            var previous = '\0';
            foreach (var c in line)
            {
                if (c == '`') inCode = !inCode;
                else if (!inCode && c is '*' or '_' or '~' && c != previous) runs++;
                previous = c;
            }
        }
        return runs;
    }

    private static int BareLinks(List<string> lines) =>
        lines.Sum(line => BareLinkStarts.Sum(start => Occurrences(line, start)));

    private static int Occurrences(string line, string part)
    {
        var count = 0;
        for (var at = line.IndexOf(part, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(part, at + part.Length, StringComparison.OrdinalIgnoreCase))
            count++;
        return count;
    }
}
