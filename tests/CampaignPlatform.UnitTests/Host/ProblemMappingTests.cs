using CampaignPlatform.Host.Errors;
using CampaignPlatform.Kernel.Errors;
using FluentValidation;
using FluentValidation.Results;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CampaignPlatform.UnitTests.Host;

public sealed class ProblemMappingTests
{
    [Fact]
    public void Validation_failures_become_400_with_json_field_names()
    {
        var problem = ProblemDetailsExceptionHandler.ToProblem(new ValidationException(
        [
            new ValidationFailure("Title", "must not be empty"),
            new ValidationFailure("Items[0].Passed", "must be answered"),
            new ValidationFailure("Title", "too long"),
        ]));
        var validation = Assert.IsType<ValidationProblemDetails>(problem);
        Assert.Equal(400, validation.Status);
        Assert.Equal(["must not be empty", "too long"], validation.Errors["title"]);
        Assert.Equal(["must be answered"], validation.Errors["items[0].passed"]);
    }

    [Fact]
    public void Platform_exceptions_map_to_their_status_with_extensions()
    {
        Assert.Equal(404, ProblemDetailsExceptionHandler.ToProblem(new NotFoundException("Township", Guid.Empty)).Status);
        var conflict = ProblemDetailsExceptionHandler.ToProblem(new ConflictException("closed").With("state", "Closed"));
        Assert.Equal(409, conflict.Status);
        Assert.Equal("Closed", conflict.Extensions["state"]);
        var disabled = ProblemDetailsExceptionHandler.ToProblem(new ModuleDisabledException("hygiene", "勤洗手常消毒", Guid.Empty, "青石镇"));
        Assert.Equal(403, disabled.Status);
        Assert.Equal("hygiene", disabled.Extensions["moduleId"]);
    }

    [Fact]
    public void Anything_else_is_a_500_that_does_not_leak_the_message()
    {
        var problem = ProblemDetailsExceptionHandler.ToProblem(new InvalidOperationException("connection string with password"));
        Assert.Equal(500, problem.Status);
        Assert.DoesNotContain("password", problem.Detail);
    }

    [Theory]
    [InlineData(13, 13)] // SQLITE_FULL
    [InlineData(8, 1032)] // SQLITE_READONLY_DBMOVED
    [InlineData(10, 778)] // SQLITE_IOERR_WRITE
    [InlineData(14, 14)] // SQLITE_CANTOPEN
    [InlineData(5, 5)] // SQLITE_BUSY
    public void Sqlite_storage_faults_inside_an_update_are_503(int code, int extendedCode)
    {
        var fault = new DbUpdateException("saving failed", new SqliteException("fault", code, extendedCode));
        Assert.Equal(503, ProblemDetailsExceptionHandler.ToProblem(fault).Status);
    }

    [Theory]
    [InlineData("53100")] // disk_full
    [InlineData("57P03")] // cannot_connect_now
    [InlineData("08006")] // connection_failure
    public void Postgres_storage_faults_are_503(string sqlState)
    {
        var fault = new DbUpdateException("saving failed", new PostgresException("fault", "FATAL", "FATAL", sqlState));
        Assert.Equal(503, ProblemDetailsExceptionHandler.ToProblem(fault).Status);
        Assert.Equal(503, ProblemDetailsExceptionHandler.ToProblem(new NpgsqlException("unreachable", new System.Net.Sockets.SocketException())).Status);
    }

    [Fact]
    public void Errors_of_the_statement_itself_stay_500()
    {
        Assert.Equal(500, ProblemDetailsExceptionHandler.ToProblem(new SqliteException("constraint", 19, 2067)).Status);
        Assert.Equal(500, ProblemDetailsExceptionHandler.ToProblem(new PostgresException("syntax", "ERROR", "ERROR", "42601")).Status);
    }

    [Fact]
    public void Unreadable_json_is_400_under_the_field_that_could_not_be_read()
    {
        var problem = ProblemDetailsExceptionHandler.ToProblem(new BadHttpRequestException("bad", new JsonException("no", "$.items[0].passed", 0, 0)));
        var validation = Assert.IsType<ValidationProblemDetails>(problem);
        Assert.Equal(400, validation.Status);
        Assert.True(validation.Errors.ContainsKey("items[0].passed"));
        Assert.True(Assert.IsType<ValidationProblemDetails>(ProblemDetailsExceptionHandler.ToProblem(new JsonException("no", "$", 0, 0))).Errors.ContainsKey("body"));
    }

    [Fact]
    public void A_route_or_query_value_that_does_not_bind_is_400_under_its_name()
    {
        var problem = ProblemDetailsExceptionHandler.ToProblem(new BadHttpRequestException("Failed to bind parameter \"DateOnly? from\" from \"2026-02-30\"."));
        Assert.True(Assert.IsType<ValidationProblemDetails>(problem).Errors.ContainsKey("from"));
        var missing = ProblemDetailsExceptionHandler.ToProblem(new BadHttpRequestException("Implicit body inferred for parameter \"request\" but no body was provided."));
        Assert.True(Assert.IsType<ValidationProblemDetails>(missing).Errors.ContainsKey("body"));
        Assert.Equal(415, ProblemDetailsExceptionHandler.ToProblem(new BadHttpRequestException("not JSON", StatusCodes.Status415UnsupportedMediaType)).Status);
    }
}
