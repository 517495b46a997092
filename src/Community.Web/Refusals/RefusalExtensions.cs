using Community.Core;
using Microsoft.Extensions.Localization;

namespace Community.Web.Refusals;

public static class RefusalExtensions
{
    /// <summary>The refusal's reason in the reader's language.</summary>
    public static string Localize(this DomainException refusal, IStringLocalizer text) => text[refusal.MessageKey, refusal.Arguments];
}
