window.YTD.account.part0 = [
  {
    "account" : {
      "createdVia" : "web",
      "username" : "elonmusk",
      "accountId" : "44196397",
      "createdAt" : "2009-06-02T20:12:29.000Z",
      "accountDisplayName" : "Elon Musk"
    }
  }
]
