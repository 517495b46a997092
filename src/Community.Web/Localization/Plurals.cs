using Microsoft.Extensions.Localization;

namespace Community.Web.Localization;

/// <summary>
/// Counts in words: "{Key}_one" holds the wording for exactly one ("1 answer"), "{Key}" every other count
/// ("0 answers", "2 answers"). Korean has one form, so its "_one" strings read like the others.
/// </summary>
public static class Plurals
{
    public static LocalizedString Plural(this IStringLocalizer text, string key, int count, params object[] more)
    {
        object[] arguments = [count, .. more];
        if (count == 1 && text[key + "_one"] is { ResourceNotFound: false }) return text[key + "_one", arguments];
        return text[key, arguments];
    }

    /// <summary>The word alone, for a number shown apart from it ("<strong>1</strong> answer").</summary>
    public static LocalizedString PluralWord(this IStringLocalizer text, string key, int count) =>
        Math.Abs(count) == 1 && text[key + "_one"] is { ResourceNotFound: false } one ? one : text[key];

    /// <summary>The two templates a script needs to word a count it learns live (data-template, data-template-one).</summary>
    public static (string Other, string One) Templates(this IStringLocalizer text, string key) =>
        (text[key].Value, text[key + "_one"] is { ResourceNotFound: false } one ? one.Value : text[key].Value);
}
