using System.Net;

namespace SkillMap.Web.Hosting;

/// <summary>
/// The address lists operators configure: which reverse proxies may speak for a client
/// (ForwardedHeaders:KnownProxies, ForwardedHeaders:KnownNetworks) and which networks may scrape
/// metrics without signing in (Metrics:AllowedNetworks). Each takes "a, b" or an array.
/// </summary>
public static class NetworkSettings
{
    public const string KnownProxies = "ForwardedHeaders:KnownProxies";
    public const string KnownNetworks = "ForwardedHeaders:KnownNetworks";
    public const string MetricsNetworks = "Metrics:AllowedNetworks";

    /// <summary>A reverse proxy on the same machine is trusted unless KnownProxies says otherwise.</summary>
    private static readonly string[] DefaultProxies = ["127.0.0.1", "::1"];

    public static IReadOnlyList<IPAddress> Proxies(IConfiguration configuration) =>
        (configuration.GetSection(KnownProxies).Exists() ? SettingsCheck.List(configuration, KnownProxies) : DefaultProxies)
            .Select(IPAddress.Parse).ToList();

    public static IReadOnlyList<IPNetwork> Networks(IConfiguration configuration, string key) =>
        SettingsCheck.List(configuration, key).Select(v => IPNetwork.Parse(v)).ToList();

    public static IEnumerable<string> Problems(IConfiguration configuration)
    {
        foreach (var value in SettingsCheck.List(configuration, KnownProxies).Where(v => !SettingsCheck.IsAddress(v)))
        {
            yield return $"{KnownProxies} has '{value}': expected IP addresses such as 10.0.0.5, separated by commas.";
        }
        foreach (var key in new[] { KnownNetworks, MetricsNetworks })
        {
            foreach (var value in SettingsCheck.List(configuration, key).Where(v => !IPNetwork.TryParse(v, out _)))
            {
                yield return $"{key} has '{value}': expected networks in CIDR form such as 10.0.0.0/8, separated by commas.";
            }
        }
    }

    /// <summary>Whether the address (after forwarded headers) lies in one of the networks; IPv4 seen as IPv6 counts as IPv4.</summary>
    public static bool Contains(IReadOnlyList<IPNetwork> networks, IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return networks.Any(n => n.Contains(plain));
    }
}
