namespace Community.Core.Content;

/// <summary>
/// A cheap linear scan that estimates how deeply Markdown nests (quotes, lists, brackets, emphasis
/// runs) before the parser sees it. Hostile inputs such as 20,000 "&gt;" or "[" make recursive
/// renderers slow or overflow the stack; refusing them up front keeps every request bounded.
/// </summary>
public static class MarkdownNesting
{
    public const int MaxDepth = 32;

    public static int Estimate(string markdown)
    {
        var deepest = 0;
        var bracketDepth = 0;
        var parenDepth = 0;
        foreach (var line in markdown.Split('\n'))
        {
            var quoteDepth = 0;
            var indent = 0;
            var listMarkers = 0;
            var i = 0;
            for (; i < line.Length; i++)
            {
                var c = line[i];
                if (c == '>') quoteDepth++;
                else if (c == ' ') indent++;
                else if (c == '\t') indent += 4;
                else if ((c is '-' or '*' or '+') && i + 1 < line.Length && line[i + 1] == ' ') listMarkers++;
                else break;
            }
            deepest = Math.Max(deepest, Math.Max(quoteDepth, listMarkers + indent / 2));

            var run = 0;
            for (; i < line.Length; i++)
            {
                switch (line[i])
                {
                    case '[': deepest = Math.Max(deepest, ++bracketDepth); break;
                    case ']': bracketDepth = Math.Max(0, bracketDepth - 1); break;
                    case '(': deepest = Math.Max(deepest, ++parenDepth); break;
                    case ')': parenDepth = Math.Max(0, parenDepth - 1); break;
                }
                run = line[i] is '*' or '_' or '~' ? run + 1 : 0;
                deepest = Math.Max(deepest, run);
            }
        }
        return deepest;
    }
}
