window.YTD.account.part0 = [
  {
    "account" : {
      "createdVia" : "web",
      "username" : "inesvarga",
      "accountId" : "1290544170266173440",
      "createdAt" : "2020-08-04T07:41:12.000Z",
      "accountDisplayName" : "Ines Varga"
    }
  }
]
