namespace Platform.ComponentTests.Security;

/// <summary>
/// Who may call each route of the OpenAPI documents, as the code says today (RequireAuthorization/AllowAnonymous, the
/// fallback policy that wants a signed-in user, and the role checks inside handlers such as GET cases/{caseNo}).
/// Y: not denied; -: denied (401 anonymous, 403 signed in). Columns: anonymous, then the demo accounts admin,
/// window01, approver01, supervisor01, catalogue01, disclosure01, trading01, applicant01 (<see cref="DemoRole"/>).
/// A new route fails <see cref="AuthorizationMatrixTests"/> until it has a row here.
/// /api/admin/clock is admin only whether or not the clock may move: the matrix runs with Clock:Adjustable off,
/// where the admin's PUT is answered 404 (not denied, so Y) and everyone else's is still denied.
/// </summary>
public static class AuthorizationTable
{
    const string Table = """
                                                                          anon adm  win  appr sup  cat  disc trad appl

        POST /api/auth/token                                              Y    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/auth/accounts/{username}/unlock                         -    Y    -    -    -    -    -    -    -

        GET  /api/admin/clock                                             -    Y    -    -    -    -    -    -    -
        PUT  /api/admin/clock                                             -    Y    -    -    -    -    -    -    -

        GET  /api/catalogue/calendar/days/{date}                          Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/catalogue/calendar/add                                  Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/catalogue/calendar/between                              Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/catalogue/calendar/years                                Y    Y    Y    Y    Y    Y    Y    Y    Y
        PUT  /api/catalogue/calendar/years/{year}                         -    Y    -    -    -    Y    -    -    -
        GET  /api/catalogue/calendar/alerts                               -    Y    -    -    -    Y    -    -    -
        GET  /api/catalogue/matters                                       Y    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/catalogue/matters                                       -    Y    -    -    -    Y    -    -    -
        GET  /api/catalogue/matters/{code}                                Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/catalogue/matters/{code}/versions                       -    Y    -    -    -    Y    -    -    -
        POST /api/catalogue/matters/{code}/publish                        -    Y    -    -    -    Y    -    -    -
        POST /api/catalogue/matters/{code}/suspend                        -    Y    -    -    -    Y    -    -    -
        POST /api/catalogue/matters/{code}/cancel                         -    Y    -    -    -    Y    -    -    -
        POST /api/catalogue/matters/import                                -    Y    -    -    -    Y    -    -    -
        GET  /api/catalogue/imports/{jobId}                               -    Y    -    -    -    Y    -    -    -
        GET  /api/catalogue/statistics                                    Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/catalogue/departments                                   Y    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/catalogue/departments                                   -    Y    -    -    -    Y    -    -    -
        GET  /api/catalogue/windows                                       Y    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/catalogue/windows                                       -    Y    -    -    -    Y    -    -    -
        GET  /api/catalogue/points                                        Y    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/catalogue/points                                        -    Y    -    -    -    Y    -    -    -
        GET  /api/catalogue/points/{code}                                 Y    Y    Y    Y    Y    Y    Y    Y    Y
        PUT  /api/catalogue/points/{code}                                 -    Y    -    -    -    Y    -    -    -

        POST /api/intake/queue/tickets                                    Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/intake/queue/lines/{line}                               Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/intake/queue/calls                                      Y    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/intake/queue/call                                       -    Y    Y    -    -    -    -    -    -
        POST /api/intake/queue/tickets/{number}/recall                    -    Y    Y    -    -    -    -    -    -
        POST /api/intake/queue/tickets/{number}/no-show                   -    Y    Y    -    -    -    -    -    -
        POST /api/intake/queue/tickets/{number}/served                    -    Y    Y    -    -    -    -    -    -
        POST /api/intake/queue/tickets/{number}/transfer                  -    Y    Y    -    -    -    -    -    -
        POST /api/intake/queue/tickets/{number}/rating                    Y    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/intake/applications                                     -    Y    Y    -    -    -    -    -    -
        POST /api/intake/applications/{id}/supplement                     -    Y    Y    -    -    -    -    -    -
        GET  /api/intake/matters                                          -    Y    Y    -    -    -    -    -    -
        GET  /api/intake/labels                                           Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/intake/my/cases                                         -    Y    -    -    -    -    -    -    Y
        POST /api/intake/cases/import                                     -    Y    -    -    -    -    -    -    -
        GET  /api/intake/imports/{jobId}                                  -    Y    -    -    -    -    -    -    -
        GET  /api/intake/statistics/daily                                 -    Y    -    -    Y    -    -    -    -
        GET  /api/intake/cases                                            -    Y    Y    Y    Y    -    -    -    -
        GET  /api/intake/cases/{caseNo}                                   -    Y    Y    Y    Y    -    -    -    -
        GET  /api/intake/cases/{caseNo}/status                            Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/intake/points                                           -    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/intake/agent/applications                               -    -    -    -    -    -    -    -    -
        GET  /api/intake/agent/applications                               -    -    -    -    -    -    -    -    -
        GET  /api/intake/agent/cases                                      -    -    -    -    -    -    -    -    -
        POST /api/intake/applications/{id}/handover                       -    Y    Y    -    -    -    -    -    -
        PUT  /api/intake/cases/{caseNo}/delivery                          -    Y    Y    -    -    -    -    -    Y
        POST /api/intake/cases/{caseNo}/delivery                          -    Y    Y    Y    -    -    -    -    -
        POST /api/intake/cases/{caseNo}/complete                          -    Y    -    Y    -    -    -    -    -
        POST /api/intake/cases/{caseNo}/suspend                           -    Y    -    Y    -    -    -    -    -
        POST /api/intake/cases/{caseNo}/resume                            -    Y    -    Y    -    -    -    -    -
        POST /api/intake/cases/{caseNo}/extend                            -    Y    -    Y    -    -    -    -    -
        POST /api/intake/cases/{caseNo}/rating                            -    Y    -    -    -    -    -    -    Y
        POST /api/intake/cases/{caseNo}/claim                             -    Y    -    -    -    -    -    -    Y
        POST /api/intake/files                                            -    Y    Y    Y    -    -    -    -    Y
        GET  /api/intake/files/{id}                                       -    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/intake/online/applications                              -    Y    -    -    -    -    -    -    Y
        GET  /api/intake/online/applications                              -    Y    -    -    -    -    -    -    Y
        GET  /api/intake/online/applications/{id}                         -    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/intake/online/applications/{id}/supplement              -    Y    -    -    -    -    -    -    Y
        GET  /api/intake/applications                                     -    Y    Y    -    -    -    -    -    -
        POST /api/intake/applications/{id}/review                         -    Y    Y    -    -    -    -    -    -

        GET  /api/approval/projects                                       -    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/approval/projects                                       -    -    Y    -    -    -    -    -    Y
        GET  /api/approval/projects/{code}                                -    Y    Y    Y    Y    Y    Y    Y    Y
        PUT  /api/approval/projects/{code}/agent                          -    Y    -    -    -    -    -    -    Y
        GET  /api/approval/projects/{code}/timeline                       -    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/approval/projects/{code}/status                         Y    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/approval/projects/{code}/stages                         -    Y    Y    -    -    -    -    -    -
        GET  /api/approval/stage-definitions                              -    Y    Y    Y    Y    Y    Y    Y    Y
        PUT  /api/approval/stage-definitions/{stage}                      -    Y    -    -    -    -    -    -    -
        GET  /api/approval/stages                                         -    Y    -    Y    -    -    -    -    -
        GET  /api/approval/stages/{stageNo}                               -    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/approval/stages/{stageNo}/check                         -    Y    -    Y    -    -    -    -    -
        POST /api/approval/stages/{stageNo}/materials                     -    Y    Y    -    -    -    -    -    -
        POST /api/approval/stages/{stageNo}/supplement-answer             -    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/approval/stages/import                                  -    Y    -    -    -    -    -    -    -
        GET  /api/approval/imports/{jobId}                                -    Y    -    -    -    -    -    -    -
        GET  /api/approval/tasks                                          -    Y    -    Y    -    -    -    -    -
        POST /api/approval/tasks/{taskNo}/decision                        -    Y    -    Y    -    -    -    -    -

        GET  /api/bidding/projects                                        -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/projects                                        -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/projects/{id}/amendments                        -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/projects/{id}/registrations                     -    Y    -    -    -    -    -    -    Y
        GET  /api/bidding/projects/{id}/bids                              -    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/bidding/projects/{id}/bids                              -    Y    -    -    -    -    -    -    Y
        POST /api/bidding/projects/{id}/bids/{bidId}/key                  -    Y    -    -    -    -    -    -    Y
        GET  /api/bidding/projects/{id}/opening                           Y    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/bidding/projects/{id}/opening                           -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/projects/{id}/opening/close                     -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/projects/{id}/award                             -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/projects/{id}/contract                          -    Y    -    -    -    -    -    Y    -
        GET  /api/bidding/projects/{id}/evaluation                        -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/projects/{id}/scores                            -    Y    -    -    -    -    -    -    -
        GET  /api/bidding/expert/assignments                              -    Y    -    -    -    -    -    -    -
        POST /api/bidding/projects/{id}/candidates                        -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/projects/{id}/objections                        -    Y    -    -    -    -    -    -    Y
        GET  /api/bidding/projects/{id}/objections                        -    Y    -    -    -    -    -    Y    Y
        POST /api/bidding/projects/{id}/objections/{objectionId}/decision -    Y    -    -    -    -    -    Y    -
        GET  /api/bidding/contracts/overdue                               -    Y    -    -    -    -    -    Y    -
        GET  /api/bidding/projects/{id}/record                            Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/bidding/projects/{id}/record/verify                     Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/bidding/record/heads                                    Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/bidding/public/clock                                    Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/bidding/public/projects                                 Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/bidding/public/projects/{id}                            Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/bidding/draws                                           -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/draws                                           -    Y    -    -    -    -    -    Y    -
        GET  /api/bidding/draws/{drawId}                                  Y    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/bidding/draws/{drawId}/draw                             -    Y    -    -    -    -    -    Y    -
        GET  /api/bidding/experts                                         -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/experts                                         -    Y    -    -    -    -    -    Y    -
        PUT  /api/bidding/experts/{code}                                  -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/experts/{code}/deactivation                     -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/experts/{code}/activation                       -    Y    -    -    -    -    -    Y    -
        GET  /api/bidding/rooms                                           -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/rooms                                           -    Y    -    -    -    -    -    Y    -
        GET  /api/bidding/rooms/{code}/bookings                           -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/rooms/{code}/bookings                           -    Y    -    -    -    -    -    Y    -
        DELETE /api/bidding/rooms/{code}/bookings/{bookingId}             -    Y    -    -    -    -    -    Y    -
        GET  /api/bidding/projects/{id}/recordings                        -    Y    -    -    Y    -    -    Y    -
        POST /api/bidding/projects/{id}/recordings                        -    Y    -    -    -    -    -    Y    -
        GET  /api/bidding/record/heads/published                          Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/bidding/record/heads/{date}                             Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/bidding/ocds/releases                                   Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/bidding/projects/{id}/registrations                     -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/projects/{id}/registrations/{registrationId}/qualification -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/projects/{id}/selection                         -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/projects/{id}/selection/result                  -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/projects/{id}/completion                        -    Y    -    -    -    -    -    Y    -
        GET  /api/bidding/projects/{id}/auction                           Y    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/bidding/projects/{id}/auction/start                     -    Y    -    -    -    -    -    Y    -
        POST /api/bidding/projects/{id}/auction/bids                      -    Y    -    -    -    -    -    -    Y
        POST /api/bidding/projects/{id}/auction/close                     -    Y    -    -    -    -    -    Y    -

        GET  /api/disclosure/publications                                 -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/publications                                 -    Y    -    -    -    -    Y    -    -
        GET  /api/disclosure/publications/{id}                            -    Y    -    -    -    -    Y    -    -
        PUT  /api/disclosure/publications/{id}                            -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/publications/{id}/submit                     -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/publications/{id}/review                     -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/publications/{id}/publish                    -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/publications/{id}/withdraw                   -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/publications/{id}/abolish                    -    Y    -    -    -    -    Y    -    -
        GET  /api/disclosure/public/publications                          Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/disclosure/public/publications/{id}                     Y    Y    Y    Y    Y    Y    Y    Y    Y
        POST /api/disclosure/public/requests                              Y    Y    Y    Y    Y    Y    Y    Y    Y
        GET  /api/disclosure/requests                                     -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/requests                                     -    Y    -    -    -    -    Y    -    -
        GET  /api/disclosure/requests/{requestNo}                         -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/requests/{requestNo}/clarification           -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/requests/{requestNo}/clarification/answered  -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/requests/{requestNo}/extension               -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/requests/{requestNo}/consultation            -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/requests/{requestNo}/consultation/answered   -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/requests/{requestNo}/reply                   -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/requests/import                              -    Y    -    -    -    -    Y    -    -
        GET  /api/disclosure/imports/{jobId}                              -    Y    -    -    -    -    Y    -    -
        GET  /api/disclosure/warnings                                     -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/annual-report/figures/import                 -    Y    -    -    -    -    Y    -    -
        GET  /api/disclosure/annual-report/{year}                         -    Y    -    -    -    -    Y    -    -
        GET  /api/disclosure/annual-report/{year}/html                    -    Y    -    -    -    -    Y    -    -
        PUT  /api/disclosure/annual-report/{year}/figures                 -    Y    -    -    -    -    Y    -    -
        PUT  /api/disclosure/annual-report/{year}/narrative               -    Y    -    -    -    -    Y    -    -
        POST /api/disclosure/annual-report/{year}/publish                 -    Y    -    -    -    -    Y    -    -

        GET  /api/supervision/metrics                                     -    Y    -    -    Y    -    -    -    -
        GET  /api/supervision/rankings/{dimension}                        -    Y    -    -    Y    -    -    -    -
        GET  /api/supervision/series                                      -    Y    -    -    Y    -    -    -    -
        GET  /api/supervision/reconciliation                              -    Y    -    -    Y    -    -    -    -
        GET  /api/supervision/reports/monthly/{month}                     -    Y    -    -    Y    -    -    -    -
        GET  /api/supervision/approval                                    -    Y    -    -    Y    -    -    -    -
        GET  /api/supervision/approval/departments                        -    Y    -    -    Y    -    -    -    -
        GET  /api/supervision/trading                                     -    Y    -    -    Y    -    -    -    -
        GET  /api/supervision/feed                                        -    Y    -    -    Y    -    -    -    -
        POST /api/supervision/feed/ticket                                 -    Y    -    -    Y    -    -    -    -
        GET  /api/supervision/live                                        -    Y    -    -    Y    -    -    -    -
        GET  /api/supervision/disclosure                                  -    Y    -    -    Y    -    -    -    -
        GET  /api/supervision/ratings/{dimension}                         -    Y    -    -    Y    -    -    -    -
        GET  /api/supervision/rectifications                              -    Y    -    -    Y    -    -    -    -
        POST /api/supervision/rectifications/{id}/close                   -    Y    -    -    Y    -    -    -    -
        GET  /api/supervision/warnings                                    -    Y    -    -    Y    -    -    -    -
        POST /api/supervision/warnings/evaluate                           -    Y    -    -    Y    -    -    -    -
        POST /api/supervision/warnings/{id}/appeal                        -    Y    -    Y    -    -    -    -    -
        POST /api/supervision/warnings/{id}/decide                        -    Y    -    -    Y    -    -    -    -
        """;

    /// <summary>Route key ("GET /api/...") → the roles allowed to call it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<DemoRole>> Allowed { get; } = Parse();

    public static bool AllowsAnonymous(ApiRoute route) =>
        Allowed.TryGetValue(route.Key, out var roles) && roles.Contains(DemoRole.Anonymous);

    static Dictionary<string, IReadOnlySet<DemoRole>> Parse()
    {
        var lines = Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var columns = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(column => DemoRole.All.Single(role => role.Column == column)).ToList();
        var allowed = new Dictionary<string, IReadOnlySet<DemoRole>>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length != 2 + columns.Count || cells.Skip(2).Any(cell => cell is not ("Y" or "-")))
            {
                throw new FormatException($"Authorization table row needs a Y or - per column: {line}");
            }
            allowed.Add($"{cells[0]} {cells[1]}",
                columns.Where((_, i) => cells[2 + i] == "Y").ToHashSet());
        }
        return allowed;
    }
}
