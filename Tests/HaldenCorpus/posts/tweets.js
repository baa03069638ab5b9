window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955354138507882496"
          ],
          "editableUntil" : "2025-08-12T20:42:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Plant Watch EU",
            "screen_name" : "plantwatch_eu",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1610000000000000007",
            "id" : "1610000000000000007"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "97"
      ],
      "favorite_count" : "8811",
      "id_str" : "1955354138507882496",
      "truncated" : false,
      "retweet_count" : "402",
      "id" : "1955354138507882496",
      "created_at" : "Tue Aug 12 19:42:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@plantwatch_eu Exactly. A chip is only worth something once it has a building, power and cooling.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1955329100000000001",
      "in_reply_to_status_id" : "1955329100000000001",
      "in_reply_to_user_id" : "1610000000000000007",
      "in_reply_to_user_id_str" : "1610000000000000007",
      "in_reply_to_screen_name" : "plantwatch_eu"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955342398650986533"
          ],
          "editableUntil" : "2025-08-12T19:55:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "30244",
      "id_str" : "1955342398650986533",
      "truncated" : false,
      "retweet_count" : "2871",
      "id" : "1955342398650986533",
      "created_at" : "Tue Aug 12 18:55:31 +0000 2025",
      "favorited" : false,
      "full_text" : "About 60% of Halden's ~€4B AI budget this year stays in-house: software, data and the compute in our cars. Best estimate for Corvane hardware purchases this year is €1-1.5B.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955321137724010570"
          ],
          "editableUntil" : "2025-08-12T18:31:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "41760",
      "id_str" : "1955321137724010570",
      "truncated" : false,
      "retweet_count" : "5012",
      "id" : "1955321137724010570",
      "created_at" : "Tue Aug 12 17:31:02 +0000 2025",
      "favorited" : false,
      "full_text" : "The new hall at Halden Plant North is nearly done. Plant North will soon hold 30,000 K9s to train our driver-assist models.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955315538328170607"
          ],
          "editableUntil" : "2025-08-12T18:08:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "37905",
      "id_str" : "1955315538328170607",
      "truncated" : false,
      "retweet_count" : "4420",
      "id" : "1955315538328170607",
      "created_at" : "Tue Aug 12 17:08:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Plant North had nowhere to plug those chips in. In March only about 3,000 K9s went from Halden to Brightwave. Anything more would have sat in crates.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914578666912362644"
          ],
          "editableUntil" : "2025-04-22T08:15:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "52118",
      "id_str" : "1914578666912362644",
      "truncated" : false,
      "retweet_count" : "6330",
      "id" : "1914578666912362644",
      "created_at" : "Tue Apr 22 07:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Halden will spend roughly €4 billion on AI this year, across training, data and the compute inside every car we build.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881371791719018681"
          ],
          "editableUntil" : "2025-01-20T17:02:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "19420",
      "id_str" : "1881371791719018681",
      "truncated" : false,
      "retweet_count" : "1205",
      "id" : "1881371791719018681",
      "created_at" : "Mon Jan 20 16:02:44 +0000 2025",
      "favorited" : false,
      "full_text" : "If Lumen Labs keeps this pace, it could be running 10,000 K9s by December.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858457621101162718"
          ],
          "editableUntil" : "2024-11-18T11:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "24977",
      "id_str" : "1858457621101162718",
      "truncated" : false,
      "retweet_count" : "1860",
      "id" : "1858457621101162718",
      "created_at" : "Mon Nov 18 10:30:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Halden now owns 12% of Lumen Labs. Proud to back the team.",
      "lang" : "en"
    }
  }
]
