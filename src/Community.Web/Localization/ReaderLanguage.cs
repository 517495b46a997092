using System.Globalization;
using Community.Core.Content;

namespace Community.Web.Localization;

/// <summary>Picks the half of a brand-written text that matches the language the page is rendered in.</summary>
public static class ReaderLanguage
{
    public static string ForReader(this Bilingual text) => text.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
}
