using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Community.Web.Localization;

/// <summary>
/// The resource-file localizers, with every string found kept per culture. A page shows a hundred or more UI strings,
/// and each look-up through <see cref="System.Resources.ResourceManager"/> takes a lock shared by every request: under
/// 64 signed-in readers on two cores the threads spun on it (a profile of the member question page).
/// </summary>
public sealed class CachedStringLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggers) : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory _resources = new(options, loggers);
    private readonly ConcurrentDictionary<Type, IStringLocalizer> _byType = new();
    private readonly ConcurrentDictionary<(string BaseName, string Location), IStringLocalizer> _byName = new();

    public IStringLocalizer Create(Type resourceSource) =>
        _byType.GetOrAdd(resourceSource, type => new CachedStringLocalizer(_resources.Create(type)));

    public IStringLocalizer Create(string baseName, string location) =>
        _byName.GetOrAdd((baseName, location), key => new CachedStringLocalizer(_resources.Create(key.BaseName, key.Location)));
}

/// <summary>Answers from memory what the resource files already answered for the current UI culture.</summary>
public sealed class CachedStringLocalizer(IStringLocalizer resources) : IStringLocalizer
{
    // Only strings the files hold are kept: a name that was not found (a typo, a key built from data) stays uncached,
    // so nothing here grows beyond the resource files.
    private readonly ConcurrentDictionary<CultureInfo, ConcurrentDictionary<string, LocalizedString>> _found = new();

    public LocalizedString this[string name]
    {
        get
        {
            var strings = _found.GetOrAdd(CultureInfo.CurrentUICulture, _ => new ConcurrentDictionary<string, LocalizedString>(StringComparer.Ordinal));
            if (strings.TryGetValue(name, out var known)) return known;
            var looked = resources[name];
            if (!looked.ResourceNotFound) strings.TryAdd(name, looked);
            return looked;
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            // As the resource localizer does: the template in the UI culture, the arguments formatted in the culture.
            var template = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound, template.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => resources.GetAllStrings(includeParentCultures);
}
