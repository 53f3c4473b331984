using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace SkillMap.Web.Localization;

/// <summary>
/// The resource localizers with each found string kept per language and key. A page asks for dozens of
/// strings, and every look-up through the resource manager walked its culture fallback and its
/// resource sets again (a per cent of the rating page); the resources cannot change while the process
/// runs. Strings with arguments are formatted from the kept text in the reader's culture, as the
/// resource localizer does; a missing key is not kept, so nothing a request asks for can grow this.
/// </summary>
public sealed class CachedStringLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggers) : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory resources = new(options, loggers);
    private readonly ConcurrentDictionary<Type, IStringLocalizer> byType = new();

    public IStringLocalizer Create(Type resourceSource) =>
        byType.GetOrAdd(resourceSource, type => new CachedStringLocalizer(resources.Create(type)));

    public IStringLocalizer Create(string baseName, string location) => resources.Create(baseName, location);

    private sealed class CachedStringLocalizer(IStringLocalizer inner) : IStringLocalizer
    {
        // One table per culture, found by reference: there are two or three cultures, and hashing the
        // culture's name with every key cost as much as the look-up it saves.
        private (CultureInfo Culture, ConcurrentDictionary<string, LocalizedString> Found)[] cultures = [];
        private readonly Lock adding = new();

        public LocalizedString this[string name]
        {
            get
            {
                var found = FoundIn(CultureInfo.CurrentUICulture);
                if (found.TryGetValue(name, out var text))
                {
                    return text;
                }
                text = inner[name];
                if (!text.ResourceNotFound)
                {
                    found.TryAdd(name, text);
                }
                return text;
            }
        }

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var format = this[name];
                return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private ConcurrentDictionary<string, LocalizedString> FoundIn(CultureInfo culture)
        {
            foreach (var (known, found) in Volatile.Read(ref cultures))
            {
                if (ReferenceEquals(known, culture))
                {
                    return found;
                }
            }
            lock (adding)
            {
                // Another instance of a culture already known (new CultureInfo("ja")) shares its table.
                foreach (var (known, found) in cultures)
                {
                    if (known.Name == culture.Name)
                    {
                        return found;
                    }
                }
                var table = new ConcurrentDictionary<string, LocalizedString>(StringComparer.Ordinal);
                Volatile.Write(ref cultures, [.. cultures, (culture, table)]);
                return table;
            }
        }
    }
}
