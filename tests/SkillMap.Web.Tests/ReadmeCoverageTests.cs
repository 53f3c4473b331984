using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Cli;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests;

/// <summary>
/// The README is the operator's manual: every address the app answers, every command-line verb and every
/// setting the app reads is in it, so a new one cannot ship undocumented.
/// </summary>
public sealed partial class ReadmeCoverageTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private static readonly string Readme = File.ReadAllText(RepoPaths.Combine("README.md")).ReplaceLineEndings("\n");

    private static readonly string[] ReadmeLines = Readme.Split('\n');

    [Fact]
    public void Every_address_the_app_answers_is_in_the_README()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern)
            .Where(p => p.RawText is not null)
            .Select(p => "/" + p.RawText!.TrimStart('/'))
            // Razor Pages answers the home page at both / and /Index; the README names /.
            .Select(r => r == "/Index" ? "/" : r)
            .Distinct()
            .ToList();

        Assert.Contains("/admin/people/{personId:int}/invitation", routes);
        Assert.Contains("/readyz", routes);
        var undocumented = routes.Where(r => !Documented(r)).ToList();
        Assert.Empty(undocumented);
    }

    /// <summary>
    /// In backquotes, as written (constraints left out: <c>/teams/{teamId}</c>) or with concrete values
    /// for the parameters (<c>/language/ja</c>, <c>/account/reset/{token}</c>).
    /// </summary>
    private static bool Documented(string route)
    {
        if (route == "/")
        {
            return Readme.Contains("| `/` |", StringComparison.Ordinal);
        }
        var pattern = RoutePatternFactory.Parse(route);
        var regex = "`" + string.Concat(pattern.PathSegments.Select(segment => "/" + string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => Regex.Escape(literal.Content),
            RoutePatternParameterPart parameter => $@"(\{{{Regex.Escape(parameter.Name)}\??\}}|[A-Za-z0-9-]+)" + (parameter.IsOptional ? "?" : ""),
            _ => Regex.Escape(part.ToString() ?? ""),
        })))) + "[`?]";
        return Regex.IsMatch(Readme, regex);
    }

    [Fact]
    public void Every_command_line_verb_is_in_the_README_table()
    {
        var verbs = typeof(ICliVerb).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliVerb).IsAssignableFrom(t))
            .Select(t => ((ICliVerb)Activator.CreateInstance(t)!).Name)
            .ToList();

        Assert.Contains("backup", verbs);
        var undocumented = verbs.Where(v => !Readme.Contains($"| `{v}", StringComparison.Ordinal)).ToList();
        Assert.Empty(undocumented);
    }

    [Fact]
    public void Every_setting_the_app_reads_is_in_the_README()
    {
        var keys = OptionsKeys().Concat(KeysNamedInCode()).Distinct().ToList();
        // A name that only opens a section (GetSection("Authentication:Oidc")) is not a setting itself.
        keys = keys.Where(k => !keys.Any(other => other.StartsWith(k + ":", StringComparison.Ordinal))).ToList();

        Assert.Contains("Authentication:Lockout:MaxFailedAttempts", keys);
        Assert.Contains("Smtp:TimeoutSeconds", keys);
        Assert.Contains("ForwardedHeaders:KnownProxies", keys);
        var undocumented = keys.Where(k => !DocumentedKey(k)).ToList();
        Assert.Empty(undocumented);
    }

    /// <summary>As <c>`A:B:C`</c>, or on a table row that names <c>`A:B:X` / `C`</c> (two keys of one section).</summary>
    private static bool DocumentedKey(string key)
    {
        if (Readme.Contains($"`{key}`", StringComparison.Ordinal))
        {
            return true;
        }
        var parent = key[..key.LastIndexOf(':')];
        var last = key[(key.LastIndexOf(':') + 1)..];
        return ReadmeLines.Any(l => l.Contains($"`{parent}:", StringComparison.Ordinal) && l.Contains($"/ `{last}`", StringComparison.Ordinal));
    }

    /// <summary>Every bindable property of each options class (a class with a <c>Section</c> constant), nested classes included.</summary>
    private static IEnumerable<string> OptionsKeys()
    {
        foreach (var type in typeof(ICliVerb).Assembly.GetTypes())
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field && field.GetRawConstantValue() is string section)
            {
                foreach (var key in Properties(type, section))
                {
                    yield return key;
                }
            }
        }
    }

    private static IEnumerable<string> Properties(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.SetMethod!.IsPublic))
        {
            var key = $"{prefix}:{property.Name}";
            var kind = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (kind.IsClass && kind != typeof(string) && !kind.IsArray && !kind.IsGenericType)
            {
                foreach (var nested in Properties(kind, key))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return key;
            }
        }
    }

    /// <summary>Keys the code reads by name (<c>configuration["Section:Key"]</c>, <c>GetValue</c>, the settings check).</summary>
    private static IEnumerable<string> KeysNamedInCode() =>
        Directory.EnumerateFiles(RepoPaths.Combine("src", "SkillMap.Web"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => ConfigurationKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value));

    [GeneratedRegex(@"""((?:Database|Demo|Organization|Authentication|Smtp|RateLimits|RequestLimits|DataProtection|Rounds|ForwardedHeaders|Metrics|OpenTelemetry|Plans|ConnectionStrings|Logging)(?::[A-Za-z_.]+)+)""")]
    private static partial Regex ConfigurationKey();
}
