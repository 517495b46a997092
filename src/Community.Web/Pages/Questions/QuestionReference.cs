using System.Text.RegularExpressions;

namespace Community.Web.Pages.Questions;

/// <summary>
/// A question named in a form field: what the title picker fills in ("제목 (#123)"), "#123" or a bare id, so the
/// merge and duplicate fields work with the picker and without script alike.
/// </summary>
public static partial class QuestionReference
{
    public static int? Parse(string? text)
    {
        var match = IdPattern().Match(text ?? "");
        return match.Success && int.TryParse(match.Groups[1].Value, out var id) && id > 0 ? id : null;
    }

    public static string Format(int id, string title) => $"{title} (#{id})";

    [GeneratedRegex(@"^\s*(?:.*\(#)?#?(\d{1,9})\)?\s*$", RegexOptions.Singleline)]
    private static partial Regex IdPattern();
}
