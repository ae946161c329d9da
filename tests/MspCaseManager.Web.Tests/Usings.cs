global using System.Net;
global using MspCaseManager.Web.Tests.Support;
