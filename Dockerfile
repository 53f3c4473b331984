# SkillMap container image.
#   docker build -t skillmap .
#   docker run -d --name skillmap -p 8080:8080 -v skillmap-data:/data skillmap
# Build with the .NET SDK, run on the ASP.NET Core runtime as the image's non-root user, keep the
# SQLite database on the /data volume. Settings come as environment variables (Section__Key).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so a source change does not re-download packages.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/SkillMap.Core/SkillMap.Core.csproj src/SkillMap.Core/
COPY src/SkillMap.Web/SkillMap.Web.csproj src/SkillMap.Web/
RUN dotnet restore src/SkillMap.Web/SkillMap.Web.csproj
COPY src/ src/
COPY db/ db/
COPY wwwroot/ wwwroot/
RUN dotnet publish src/SkillMap.Web/SkillMap.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl for the HEALTHCHECK only; the runtime image has no HTTP client of its own.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown "$APP_UID" /data
# DOTNET_GCgen0size and DOTNET_ThreadPool_UnfairSemaphoreSpinLimit as the systemd unit sets them (see its comments).
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Database__SqlitePath=/data/skillmap.db \
    DOTNET_GCgen0size=0x2000000 \
    DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0
VOLUME /data
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "SkillMap.Web.dll"]
