import Foundation
import Testing
import ThiDuaCore

@testable import ThiDuaDocuments

/// Workbooks written by other programs, stored here as base64 (the test target has no resources).
enum ForeignWorkbooks {
    /// Our own sample (see the report), opened in LibreOffice 7.4.7 and saved again as .xlsx:
    /// shared strings, LibreOffice's styles, and booleans saved as the formulas TRUE()/FALSE().
    static let libreOffice = """
        UEsDBBQACAgIALxwfV0AAAAAAAAAAAAAAAALAAAAX3JlbHMvLnJlbHOtks9KAzEQh+99ipB7d7YVRGSzvYjQm0h9gJjM/mE3mTAZ
        dX17gwhaqaUHj0l+8803Q5rdEmb1ipxHikZvqlorjI78GHujnw736xu9a1fNI85WSiQPY8qq1MRs9CCSbgGyGzDYXFHCWF464mCl
        HLmHZN1ke4RtXV8D/2To9oip9t5o3vuNVof3hJewqetGh3fkXgJGOdHiV6KQLfcoRi8zvBFPz0RTVaAaTrtsL3f5e04IKNZbseCI
        cZ24VLOMmL91PLmHcp0/E+eErv5zObgIRo/+vJJN6cto1cDRJ2g/AFBLBwhmqoK34AAAADsCAABQSwMEFAAICAgAvHB9XQAAAAAA
        AAAAAAAAAA8AAAB4bC93b3JrYm9vay54bWyNU8uO0zAU3fMVlvdpHn3QVk1HpQ/NCBjQdJhZO8lNY+rYke2+QHwLEl8A61ki8R/z
        J9w47VAEQizi170+9xzfk9HFvhRkC9pwJWMatgJKQKYq43IV03e3C69PibFMZkwoCTE9gKEX42ejndLrRKk1wfvSxLSwthr6vkkL
        KJlpqQokRnKlS2Zxq1e+qTSwzBQAthR+FAQ9v2Rc0gZhqP8HQ+U5T2Gm0k0J0jYgGgSzyN4UvDJ0PMq5gLtGEGFVdc1KpD1lIqX+
        +In2W00Slq431QKzY5ozYQCFFmr3JnkPqUVFTAhKMmYhHASdU8pvEMpiJpbBw/rgjsPO/IrXW4d4qTT/oKRlYplqJURMrd4cqyFR
        y9O/RZb1Q92yxJwO9/dcZmoXU2zR4Wy9c8t7ntkCG9hr9zuns0vgq8LGtB8OIkosS27qh4ppL8BrOdfGuiIOhaGSLWC9eoeC/DNF
        rmenmUj3oNfF9y+SmMeHbx6Jgqjj4dCtmWPKVYZEnG0sZm654YlAAXrIMaCvsqgucA72sgBJbPHj6+PDZ7k6Q4n+gdJ2NE/c8A1T
        bCq3oDF/qjYSdYW1UA35a5UhxAQ5HeNPHT/uZyAsQ+WtIAhrWNjbV8a6+WhPoXD9h0UFTzQ0pnT+pGSjeUw/Pu9FvWm/F3nRJGx7
        YTjvei/ana63mC8W2I3pbDpYfEKvOtQhftOGvrEaf7wbyJcH9Mu+8e0knO9TEBPHzMfkZnQE/ZPbxj8BUEsHCPaA79gvAgAAygMA
        AFBLAwQUAAgICAC8cH1dAAAAAAAAAAAAAAAADQAAAHhsL3N0eWxlcy54bWztWF1vmzAUfd+vsPy+AilJ2wmouk6Z9jJVaypNmvbg
        gAGr/kDGaUN//WwMBNJ0W9NOSyX6Ar6+59zD8UdcB+drRsEdliURPITekQsB5rFICM9CeLOYvz+FoFSIJ4gKjkNY4RKeR++CUlUU
        X+cYK6AZeBnCXKnig+OUcY4ZKo9EgbnuSYVkSOmmzJyykBglpQEx6kxcd+YwRDiMAr5ic6ZKEIsVVyGcdCFgH18SrW3mQ2DpLkWi
        pXzGHEtEobMzeTpMThKHMafSfybfaQpGQSr4pu4U2kAUlA/gDlHN49X0iGHbvkSULCUxwRQxQisbnphAnCNZaj8ssC5jybYo3SHl
        hST2I/qE7oHBl7ZDyRU2fa9qT/0wQ0EoHUwBE4iCAimFJZ/rBmjeF1Whh5TrCWlp6rw/ZGcSVd5k2gPUD113KWSiF0Bb2YNtCCQE
        ZYIjelOEMEW0xLALfRL3vA1GAcWp0sSSZLl5KlE4hkQpwfRLizGlLXP3osvHmNJrs5q+p5uvdzXpOn08+3nd0IvUaG9eLVPTQEVB
        q7kwJPVg2cDHOmUQuqAk4wxvJV5JoXCs6s2gDkcBahNBLiR50NRmALNm8Zm9Q5HYhOz3QqDwWn0TClkWreleomKhg52JhCd1Yd1X
        5pLw24WYk65b21R0MgAV8S1OWpE5STS0l+ms0y2n3I1P3r4+NTq3jeqH+0610+DtiJmMYp4Qs/faGsWMYkYxo5hRzD5i/OND+qX0
        vYNS4x+UmskhqTn7z2Kc/vHdHuZ753h/32P8On2svK/nhdLf2pl+YJv/PNteb8DfnmvTcbK9cLI907a/n2xP/NP9L0yzpV7bM6fZ
        63o3GN2+N4O9KDD3QyH8am7jaM+25YpQRbhtOY8Bl4Ix1OZ70wHg+EkA+OH+7ECzAWi2E7SSEvO46jAnA4z/O8yg1ukAd7ILd4Vl
        rMegg5wNIPZuamOmbmxuWaNfUEsHCEOtx5TUAgAAqhUAAFBLAwQUAAgICAC8cH1dAAAAAAAAAAAAAAAAGAAAAHhsL3dvcmtzaGVl
        dHMvc2hlZXQxLnhtbL1XTW/jNhC991cIOrWHWN/+CGwvUjvuLpBtFuukC/RGS5RFhBJVkraT/PoOSUmWJWERLIL4kIjD4Xszb0hp
        OP/0nFPriLkgrFjY3si1LVzELCHFfmE/PmyuprYlJCoSRFmBF/YLFvan5W/zE+NPIsNYWgBQiIWdSVleO46IM5wjMWIlLmAmZTxH
        EoZ874iSY5ToRTl1fNcdOzkihW0QrvlbMFiakhivWXzIcSENCMcUSQhfZKQUNdpz8ia8hKMTpFrH0wpxbWYaPC/s4eUk5kywVI5i
        lleh9bOcObOLPJ+5/2tIXgSpHomqlF+D5fFbsswRfzqUV4BdglI7Qol80Qnby7nG/8atlFCJ+VeWQJFTRAWGuRLt8RbLx1LPywf2
        DQz1tLOcO9Xi5TwhUA8VmcVxurBvvOvbSHloh38IPonWsyUydtpAfAeKRA2njX9xktyRAoNV8kNl/M5OK0Y/gxawTdsT/2IQrTZw
        ss8gwjucygZSot0WUxxLnLTX3R8kBZLtS75jtAFIcIoOVKoQgI7x2n6EiBd2oeSkAMlKRbHClKo0bStWvl8Afxza1itj+TZGFETy
        XLc1/lsv71qVnHfohR20LAABk+pg7Rh7UhYF66oa6SSUuiVSh7AKwrYQWI/4HMx5bJZa4r+qHudyKeD2c12Zjd4wUOlKCBDhB0lk
        trCnoyiYuWM/akSCknzGSnDICKyvUIh6XEnPjMZ3+IgpeOtg2jZAN7k5F+TLOegp9F+lLEWlULWrQOODkCyvojLVyUiS4GKQVnPm
        6BlihP+k0P+FfFHVUUIbGD9Q0rwvn1/x+QN8nv/+fEHFFwzxTd6fL6z4wiE+7/35ooovGuAL9XvGMdvGvLmRRMs5ZyeL65IbVrPD
        GqJ663b4je9P9rKm7mUGCSsydQSF5oTFAqzHpTt3jiq8yuPPvod36bHqe/iXHuu+R3Dpcdv3CBsPB5Rp5PE/VB5fh+W2woo68hgP
        X3sUJvAoiLoStXGMl9fVqO2yA5cU3o2oiefh++Pt73/MnXSgALf9KMfD4gUfKl7QC2vSES/oiTfuKhf0lPNHnRqsg59Kt7m52561
        c4eVCT9UmbCnzLSjTNhTxp9F03DcSX0V9uS56h6tPtlsWIPoQzWIemF53VdP1BOhuzuiXvodjHX068fKLA3aEXod5ZzW+7vkpJD3
        pW7srQyaP2jGz83i/twodi3QsDYfF8bJKyskoiu4LWDe+hTBlUeSuD/hmK73K+J7AsRUt5PuaBJOZt64/k2qdnNwBpozZZ9NQ9ef
        1D+4Re2YhAIPTmW6t1VTkedNPc/1g7HvuyGgpYzJ4Smn6c8PJfSFJeZb8gqfxhno3GpBdd9efXK9atj0bralIO65Zk/YqXjIcHEP
        2sDW4wSk0RerhV0yLjki0HHuKIqfborkR0ZkcxWw4BrVartj6D9XLFc3NKE65+KiFOuSwDZQodU1OFtiVhKsv1yQnVFlowWwEpKm
        UKdCbggXZ6rGfJ8kt8fzcVrOWZKYKwNsq9YzPBpEY26e22QwbK63y/8BUEsHCAd+fhaCBAAAIg8AAFBLAwQUAAgICAC8cH1dAAAA
        AAAAAAAAAAAAGAAAAHhsL3dvcmtzaGVldHMvc2hlZXQyLnhtbL1WTW/jNhC991cIuq/1YceJA0mL3aTuFsjWizrbBXqjRcoiQnFU
        krbj/PoOSUlWHKMIiqI+2OTM6M2bN9TQ2cfnRgR7pjQHmYfJJA4DJkugXG7z8Pvj8sNNGGhDJCUCJMvDI9Phx+Kn7ADqSdeMmQAB
        pM7D2pj2Nop0WbOG6Am0TKKnAtUQg1u1jXSrGKHuoUZEaRzPo4ZwGXqEW/UeDKgqXrJ7KHcNk8aDKCaIQfq65q3u0Z7pu/CoIgcs
        teczonjvPQNeMnuD1/BSgYbKTEpoOmpvq1xEi1d1Pqv03yElV1jqnttOpT1YU76nyoaop137AbFbVGrDBTdHV3BYZA7/mwoqLgxT
        X4FikysiNENfS7Zszcz31vnNI3xDQ++OiizqHi4yyrEfllmgWJWHn5Lbz6mNcAF/cHbQo3Wgazgskd9OEN3DOeMvitMHLhlajdp1
        xt/hcAfiC2qBx3Ts+JOhaL1B8W2NDB9YZQZIQzZrJlhpGH2VZrUzArOsj80GxIBAWUV2wlgOmA9Ub98j5TyUVk+BmNDaHHdMCFtn
        GJQ29ldMMJ+FwQtAsy6JQJWSOB7tf3OPn1utng/kCDunC0Kg075ZG4Ana7GwsW2Sq8LK2xL7FnYkwoCgdc9OZE57/2ig/+oacuqX
        BR6v+9Ys3YnBVndCoAg/ODV1Ht5MrqaLeJ5eDSJhT74wqzhWhNYX7ES/73QGr/ED2zOB0Y7M2IbovrboVfIiQz21+7bKCtLqUfPK
        nTbQdKx8d2pOKZMX07qcDXlGjvjLpfvV5mi7Y4X2MMg/+q/zpV2+9FI+92JEvkw/aoghRabgEChH0Wf1igyJeqnP8vvYf9DepX5T
        GRZsk9kjo11OfFijdV8kaRbtLb8u5POFkOkQEiHrgXr6v1JPHa94zGt2Rt2HpC5EupDZbDFNz9hHoya0ikuzat11EtQ4cvAKOI2o
        7Wk8nVtwTA4nBBR/AWmIuMM7iqnRecKL1vDyrSPys/YrUVuOiYUbYvHkena9SOb957obchc9OBGsfXEzi9Pr/oN39wYMinzRVbuJ
        al1XSXKTJHE6nadpPEO0CsBcdkXDrbBrcRi1TK35C57vBUo9mnvutujem6TbDgMjDCzESrnsFA7ysWZyhdpg+xVHadx1noctKKMI
        xzG3EaR8+iTpj5qb4QIK8PIeDfsSh94dNPZ/gbbjWr5qxX3L83BqqfU9OFlKaDlzZxyr86osnQAB5VWFfZJmyZU+pRrMK0p/3p+O
        dJEBpf6iwmM1WuPSI3rzsB4nw+3wp6r4G1BLBwhHGA0XwwMAAJgJAABQSwMEFAAICAgAvHB9XQAAAAAAAAAAAAAAABoAAAB4bC9f
        cmVscy93b3JrYm9vay54bWwucmVsc72Sz2rDMAyH730Ko/viJBtjjDi9lEGvW/cAxlHi0MQ2kvanbz+PjS2FUnYoOxnJ9vf7QGrW
        7/OkXpF4jMFAVZSgMLjYjWEw8Lx7uLqDdbtqHnGykp+wHxOr/CewAS+S7rVm53G2XMSEId/0kWYruaRBJ+v2dkBdl+WtpiUD2iOm
        2nYGaNtVoHaHhH9hx74fHW6ie5kxyIkIzXKYkDPR0oBi4KsuMgf06fj6kvFvkfbsEeXX4KeV5T6P6pzM9T/L1Odkbi46GG8Juyeh
        vGXL+Szb3zKrRh/tXvsBUEsHCHDlsOnaAAAAsgIAAFBLAwQUAAgICAC8cH1dAAAAAAAAAAAAAAAAFAAAAHhsL3NoYXJlZFN0cmlu
        Z3MueG1sjVNNaxRBEL37K4oWFj0kvbOghMxHkIDuIVmUbII5Dr3t9MBO9WS6Z8keJXgSISE/wF1EJLkIwdPMwcMM/o/+J9a6oDfp
        S1Nd9V6/qkd1dHBZzGEhK5NrjFmwO2QgUehZjlnMTqcvd/YYGJviLJ1rlDFbSsMOkkeRMRaIiiZmytpyn3MjlCxSs6tLiVR5p6si
        tXStMm7KSqYzo6S0xZyPhsPnvEhzZCB0jZZknzGoMb+o5eHfRBKZPIn+iOybMhWkTa8YWS0kS8au/QSLbgW2u8eI2yTiG/R/GJOs
        Wy3B5Ki84CeuvQHsrwoQ3Q/MSGctvIj9tWu+EGGR+3b2SuUgVNd4jlEvXfsBYapc+xHIh1sSm6gaMy/+ocpd8xPB9HdgSbi/qVMY
        zG0ofq3BuPbzILMhDNKipPOi1ja8rF3z1VKt+S62GSqX2oQbd7aRl/K0cs03hLP+CoFMau/8/Dzq7mGsuxVNeb7p3IsUn5weP3kR
        PPUCv1auWRcwyWinBHTvPTdk1j1QT8HgcTAMt/HIe7P8N9YLGYz4m/565+h4PH17NvlH4fRJk99QSwcIdI6DlakBAADiAwAAUEsD
        BBQACAgIALxwfV0AAAAAAAAAAAAAAAARAAAAZG9jUHJvcHMvY29yZS54bWxtkc1OwzAQhO88ReR74gQkhKIklThwohJSqcTV2NvU
        xX+yt0379jgJNUXktjP7eWzvNquzVtkJfJDWtKQqSpKB4VZI07dk+/6SP5EsIDOCKWugJRcIZNXdNdzV3Hp489aBRwkhi0Em1Ny1
        ZI/oakoD34NmoYiEic2d9ZphlL6njvEv1gO9L8tHqgGZYMjoGJi7lEh+IgVPke7o1RQgOAUFGgwGWhUV/WURvA6LB6bODaklXhws
        otdmos9BJnAYhmJ4mND4/op+rF8301dzacZRcSBdI3jNPTC0vmvorYi1gMC9dBhHPjf/GFErZvpjnE8HJt9uJiRZ4+QVC7iOO9pJ
        EM+XmLHgRcvDSY577cqJSHK8Ihw/D8Bxvj+JWKNEBbN9Lf/tuvsGUEsHCC3LjJQnAQAANwIAAFBLAwQUAAgICAC8cH1dAAAAAAAA
        AAAAAAAAEAAAAGRvY1Byb3BzL2FwcC54bWydkE1vwjAMhu/7FVXEtUmpuoJQGrRp2glpO3RotypLXciULyUpKv9+ATTgjE/2a+ux
        /dL1pFV2AB+kNQ2a4wJlYITtpdk16Kt9z5coC5GbnitroEFHCGjNnuintw58lBCyRDChQfsY3YqQIPagecCpbVJnsF7zmEq/I3YY
        pIA3K0YNJpKyKGoCUwTTQ5+7KxBdiKtDfBTaW3G6L2zbo0s8RlvQTvEIjJJb2trIVSs1sCLJ14K+OKek4DE5wjbyx8PHeQVZ4Aov
        cDnbSDNO3fey7uoquxvo0gu/ICKpitnrKFWfl5Tcw07k7cVqNn/GRYrzwL9Gyc1V9gdQSwcIRdHbkvkAAACaAQAAUEsDBBQACAgI
        ALxwfV0AAAAAAAAAAAAAAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbMVUO0/DMBDe+ysiryh22wEhlLYDjxEqUWZk4ktiGj9ku6X9
        95xTqKoSAhURTJZ9972s02WzjaqTNTgvjZ6QER2SBHRuhNTlhDwubtMLMpsOssXWgk+wV/sJqUKwl4z5vALFPTUWNFYK4xQPeHUl
        szxf8hLYeDg8Z7nRAXRIQ+Qg0+waCr6qQ3KzweedLsJJcrXri1ITwq2tZc4Dllmsslacg9p3ANdaHLlL351RRDY9vpLWn32tYHV5
        JCBVTBbf2xEvFtohTQEx9/jdTgpI5tyFO66wgT3FJIz2nKdNaVOzV+OWz8Ysafe3t6iZopA5CJOvFEKotw648BVAUDVtTqq41N/o
        +7Ctwfet3pD+IHkD8Kw5Rj2b2POf6GP8Tz52Y3c4D380gr7iDsRDcLhnep+EQ+4uH4ifO2M9bigHp5v4yB3RqUUicEF2j+BeEal/
        nRrizhEgPmsPMtYs7OkbUEsHCGfurzVeAQAA3wUAAFBLAQIUABQACAgIALxwfV1mqoK34AAAADsCAAALAAAAAAAAAAAAAAAAAAAA
        AABfcmVscy8ucmVsc1BLAQIUABQACAgIALxwfV32gO/YLwIAAMoDAAAPAAAAAAAAAAAAAAAAABkBAAB4bC93b3JrYm9vay54bWxQ
        SwECFAAUAAgICAC8cH1dQ63HlNQCAACqFQAADQAAAAAAAAAAAAAAAACFAwAAeGwvc3R5bGVzLnhtbFBLAQIUABQACAgIALxwfV0H
        fn4WggQAACIPAAAYAAAAAAAAAAAAAAAAAJQGAAB4bC93b3Jrc2hlZXRzL3NoZWV0MS54bWxQSwECFAAUAAgICAC8cH1dRxgNF8MD
        AACYCQAAGAAAAAAAAAAAAAAAAABcCwAAeGwvd29ya3NoZWV0cy9zaGVldDIueG1sUEsBAhQAFAAICAgAvHB9XXDlsOnaAAAAsgIA
        ABoAAAAAAAAAAAAAAAAAZQ8AAHhsL19yZWxzL3dvcmtib29rLnhtbC5yZWxzUEsBAhQAFAAICAgAvHB9XXSOg5WpAQAA4gMAABQA
        AAAAAAAAAAAAAAAAhxAAAHhsL3NoYXJlZFN0cmluZ3MueG1sUEsBAhQAFAAICAgAvHB9XS3LjJQnAQAANwIAABEAAAAAAAAAAAAA
        AAAAchIAAGRvY1Byb3BzL2NvcmUueG1sUEsBAhQAFAAICAgAvHB9XUXR25L5AAAAmgEAABAAAAAAAAAAAAAAAAAA2BMAAGRvY1By
        b3BzL2FwcC54bWxQSwECFAAUAAgICAC8cH1dZ+6vNV4BAADfBQAAEwAAAAAAAAAAAAAAAAAPFQAAW0NvbnRlbnRfVHlwZXNdLnht
        bFBLBQYAAAAACgAKAIUCAACuFgAAAAA=
        """

    /// Written by openpyxl 3.1.5: inline strings, dd/mm/yyyy and a date-time format, a second
    /// sheet with a single cell B3.
    static let openpyxl = """
        UEsDBBQAAAAIAMdwfV1Gx01IlQAAAM0AAAAQAAAAZG9jUHJvcHMvYXBwLnhtbE3PTQvCMAwG4L9SdreZih6kDkQ9ip68zy51hbYp
        bYT67+0EP255ecgboi6JIia2mEXxLuRtMzLHDUDWI/o+y8qhiqHke64x3YGMsRoPpB8eA8OibdeAhTEMOMzit7Dp1C5GZ3XPlkJ3
        sjpRJsPiWDQ6sScfq9wcChDneiU+ixNLOZcrBf+LU8sVU57mym/8ZAW/B7oXUEsDBBQAAAAIAMdwfV3J+CaC6gAAAMsBAAARAAAA
        ZG9jUHJvcHMvY29yZS54bWylkcFOwzAMhl9l6r1100EloiwXECeQkJgE4hY53hbRtFFi1O7tacvWgeDGMf4/f7YVhUFiF+kpdoEi
        O0qrwTdtkhg22YE5SICEB/ImFSPRjuGui97w+Ix7CAbfzZ6gKssaPLGxhg1MwjwsxuyktLgow0dsZoFFoIY8tZxAFAIuLFP06c+G
        OVnIIbmF6vu+6NczN24k4PXx4XlePndtYtMiZVpZlBjJcBf1dFE4Do2Cb0V1mv1VILsaJ0g+Btpk5+RlfXu3vc90VVZ1LkRe3WzF
        lSxrKa7fJteP/ovQd9bt3D+MZ4FW8Ovf9CdQSwMEFAAAAAgAx3B9XZlcnCMQBgAAnCcAABMAAAB4bC90aGVtZS90aGVtZTEueG1s
        7Vpbc9o4FH7vr9B4Z/ZtC8Y2gba0E3Npdtu0mYTtTh+FEViNbHlkkYR/v0c2EMuWDe2STbqbPAQs6fvORUfn6Dh58+4uYuiGiJTy
        eGDZL9vWu7cv3uBXMiQRQTAZp6/wwAqlTF61WmkAwzh9yRMSw9yCiwhLeBTL1lzgWxovI9bqtNvdVoRpbKEYR2RgfV4saEDQVFFa
        b18gtOUfM/gVy1SNZaMBE1dBJrmItPL5bMX82t4+Zc/pOh0ygW4wG1ggf85vp+ROWojhVMLEwGpnP1Zrx9HSSICCyX2UBbpJ9qPT
        FQgyDTs6nVjOdnz2xO2fjMradDRtGuDj8Xg4tsvSi3AcBOBRu57CnfRsv6RBCbSjadBk2PbarpGmqo1TT9P3fd/rm2icCo1bT9Nr
        d93TjonGrdB4Db7xT4fDronGq9B062kmJ/2ua6TpFmhCRuPrehIVteVA0yAAWHB21szSA5ZeKfp1lBrZHbvdQVzwWO45iRH+xsUE
        1mnSGZY0RnKdkAUOADfE0UxQfK9BtorgwpLSXJDWzym1UBoImsiB9UeCIcXcr/31l7vJpDN6nX06zmuUf2mrAaftu5vPk/xz6OSf
        p5PXTULOcLwsCfH7I1thhyduOxNyOhxnQnzP9vaRpSUyz+/5CutOPGcfVpawXc/P5J6MciO73fZYffZPR24j16nAsyLXlEYkRZ/I
        LbrkETi1SQ0yEz8InYaYalAcAqQJMZahhvi0xqwR4BN9t74IyN+NiPerb5o9V6FYSdqE+BBGGuKcc+Zz0Wz7B6VG0fZVvNyjl1gV
        AZcY3zSqNSzF1niVwPGtnDwdExLNlAsGQYaXJCYSqTl+TUgT/iul2v6c00DwlC8k+kqRj2mzI6d0Js3oMxrBRq8bdYdo0jx6/gX5
        nDUKHJEbHQJnG7NGIYRpu/AerySOmq3CEStCPmIZNhpytRaBtnGphGBaEsbReE7StBH8Waw1kz5gyOzNkXXO1pEOEZJeN0I+Ys6L
        kBG/HoY4SprtonFYBP2eXsNJweiCy2b9uH6G1TNsLI73R9QXSuQPJqc/6TI0B6OaWQm9hFZqn6qHND6oHjIKBfG5Hj7lengKN5bG
        vFCugnsB/9HaN8Kr+ILAOX8ufc+l77n0PaHStzcjfWfB04tb3kZuW8T7rjHa1zQuKGNXcs3Ix1SvkynYOZ/A7P1oPp7x7frZJISv
        mlktIxaQS4GzQSS4/IvK8CrECehkWyUJy1TTZTeKEp5CG27pU/VKldflr7kouDxb5OmvoXQ+LM/5PF/ntM0LM0O3ckvqtpS+tSY4
        SvSxzHBOHssMO2c8kh22d6AdNfv2XXbkI6UwU5dDuBpCvgNtup3cOjiemJG5CtNSkG/D+enFeBriOdkEuX2YV23n2NHR++fBUbCj
        7zyWHceI8qIh7qGGmM/DQ4d5e1+YZ5XGUDQUbWysJCxGt2C41/EsFOBkYC2gB4OvUQLyUlVgMVvGAyuQonxMjEXocOeXXF/j0ZLj
        26ZltW6vKXcZbSJSOcJpmBNnq8reZbHBVR3PVVvysL5qPbQVTs/+Wa3InwwRThYLEkhjlBemSqLzGVO+5ytJxFU4v0UzthKXGLzj
        5sdxTlO4Ena2DwIyubs5qXplMWem8t8tDAksW4hZEuJNXe3V55ucrnoidvqXd8Fg8v1wyUcP5TvnX/RdQ65+9t3j+m6TO0hMnHnF
        EQF0RQIjlRwGFhcy5FDukpAGEwHNlMlE8AKCZKYcgJj6C73yDLkpFc6tPjl/RSyDhk5e0iUSFIqwDAUhF3Lj7++TaneM1/osgW2E
        VDJk1RfKQ4nBPTNyQ9hUJfOu2iYLhdviVM27Gr4mYEvDem6dLSf/217UPbQXPUbzo5ngHrOHc5t6uMJFrP9Y1h75Mt85cNs63gNe
        5hMsQ6R+wX2KioARq2K+uq9P+SWcO7R78YEgm/zW26T23eAMfNSrWqVkKxE/Swd8H5IGY4xb9DRfjxRiraaxrcbaMQx5gFjzDKFm
        ON+HRZoaM9WLrDmNCm9B1UDlP9vUDWj2DTQckQVeMZm2NqPkTgo83P7vDbDCxI7h7Yu/AVBLAwQUAAAACADHcH1dHgJzX/0BAAAw
        BAAAGAAAAHhsL3dvcmtzaGVldHMvc2hlZXQxLnhtbHVUS27bMBC9CqEDmLZkJ20gC2gsFOmiQZCkyZq2xxIRiVRJ2qrXQVdFgQK5
        QIAuiuYI8dK5iG7SIe3Iimt5Y87nPb43GCospbrTKYAh3/JM6KGXGlOcUKonKeRMd2QBAiszqXJmMFQJ1YUCNnWgPKN+t3tEc8aF
        F4Uud6GiUM5NxgVcKKLnec7U8hQyWQ69nveauORJalyCRmHBErgC86VAAIa05pnyHITmUhAFs6H3oXcSBw7hOm44lLpxJtbMWMo7
        G3yaDr2u1QQZTIylYPi3gBFkmWVCJV+3pN7uUotsnl/pPzr/KG/MNIxkdsunJh167zwyhRmbZ+ZSlmew9TTYSYyZYVGoZEmUNRuF
        E3uwV2IjF3ZIV0ZhnuNNJjqrVj/JYv1IzPpJhNSgFFugky3wtA14nqwfl0RzkR5AjdpQL794tbrPD0Didkj1/FskZMH/U0jRZu3V
        r736rZLny2r1XZDrtFr9IGj9AXnP07lIDjlHGu32Bcnsri2i/iAY9EK6aDr1G/X3nePB23K8KY9deQd9IzyohQctwq9V9fxHkJuX
        e0FwHKu/k0N6A6e3qSfo+f2gEwz6vSP3O97THjR692px0BDe3RNOG5tmX9JnphIuNMlghpguTsEjarOam8DIwk1yLI2RuTum+KJB
        2Qasz6Q0dWCfRv2RiP4BUEsDBBQAAAAIAMdwfV1E1iCvQwEAABQCAAAYAAAAeGwvd29ya3NoZWV0cy9zaGVldDIueG1sTVJbTsMw
        ELyK5QPgQMRDVRKpKULwgVS1Ar7dZJNY9SPYWwL34gZcjLVDSz+s7Ix3Z2c3Libn92EAQPZptA0lHxDHhRChGcDIcOFGsHTTOW8k
        EvS9CKMH2aYio8VVlt0II5XlVZG4ta8Kd0CtLKw9CwdjpP+qQbup5Jf8SGxUP2AiRFWMsoct4MtIBQTFSadVBmxQzjIPXcnrfFHn
        qSJlvCqYwlnM4jA75/YRPLUlz6In0NBglJD0+YAVaF3yZXTynkSXswdxkjmPj/IPaX6yt5MBVk6/qRaHkt9x1kInDxo3bnqEv5mu
        /y3eS5RV4d3EfMlzstPEIA5BicrGJW3RE6+oE1Y/36zOC4FkIRKioUPFR0ezWtzWs/S9soFp6Egou7ilnn5uPwN0Y9ruziE6k8KB
        /hr4mED3nXN4AnH800OofgFQSwMEFAAAAAgAx3B9XexsXEKTAgAArAsAAA0AAAB4bC9zdHlsZXMueG1s3VZNj9owEP0rke/bACkR
        WREOjYRUqa1W2j30arADlvyROs4K+uvrsb187DJZtWovDUIZz8ubeZ4ZE5a9O0r+uOfcZQcldV+TvXPdfZ732z1XtP9gOq490hqr
        qPNLu8v7znLKeiApmc8mkzJXVGiyWupBrZXrs60ZtKtJcXJl8faZ1WRafiRZDNcYxmty9NedUneMkSy/SZhjhGx/r9R932PE8prI
        WK5UDvRAyJPc1bI1+qx6SqLDR6SKZ89U1qShUmysCLSWKiGP0T8Lnq2RxmbOF4wDHVz9z/jANC2hmimWEtrYKCCmCTdQIaQ8qZiR
        6FgtO+oct3rtF5EUvG+xZD8dO69iZ+lxOpuTC0a4+TQbYxm3V9uNrtVS8tYBw4rdPhjOdHDbGOeMAosJujOaRiUvtGT42Fsu5SOM
        1Pf2KsGhvejLBLqiT6ZXlcwYJi0gwWW4GPwibvFncTvxbNynwW9Ih/WPwTj+YHkrDmF9aM8CrsKncfqXCeZ/PUGeinbRmqvGnLwZ
        DHtNvsFxkRcxNoOQTui02gvGuH7bHx/f0Y3/JblK4J9ivKWDdE8nsCZn+ytnYlDV6akH2Fh66mx/gWGclueT5pMJzfiBsyYt7W4T
        zMwbPm26AuM1tA4XAqGsCCIQgGguVAbKijw01/+4rwW+rwiiChe3oQXOWuCsyLsJNeGD5kJYlb+QLVdVUZQlWt6muS2jQWtYlvBF
        AqIKgYPmgmy/W/mRARgZm3dmA+3y6NigWx4ZUXTLI5UHCKkhcKoKGQA0F3DQpqATBSKQXDBqCKsooM+oQvSYj0BVhUIwpMj0liVW
        qBI+SL/QQ1QUVYVAACIyigKF4MCOQKgMEIJCRRFfpK/eZ/nLey4//z9f/QJQSwMEFAAAAAgAx3B9XbdH64rAAAAAFgIAAAsAAABf
        cmVscy8ucmVsc52SS24CMQxArxJlX0ypxAIxrNiwQ4gLuInno5nEkWPE9PaN2MAgaBFL/56eLa8PNKB2HHPbpWzGMMRc2VY1rQCy
        aylgnnGiWCo1S0AtoTSQ0PXYECzm8yXILcNu1rdMc/xJ9AqR67pztGV3ChT1Afiuw5ojSkNa2XGAM0v/zdzPCtSana+s7PynNfCm
        zPP1IJCiR0VwLPSRpEyLdpSvPp7dvqTzpWNitHjf6P/z0KgUPfm/nTClidLXRQkmb7D5BVBLAwQUAAAACADHcH1dl3u+Uk0BAABu
        AgAADwAAAHhsL3dvcmtib29rLnhtbI2RQU7DMBBFr2L5ACStoBJVw4aKUgkBoqh7x5nUo9qeyHZa6G24BtteDDtRIBISYmXPn9Hz
        /+PFkdy+JNqzN6Otn7uCqxCaeZZ5qcAIf0EN2NiryRkRYul2GdU1SliSbA3YkE3zfJY50CIgWa+w8byn/YflGwei8gogGN2jjEDL
        bxaDs2fHsnFFAWR6KalJ2SIc/c9AKtkBPZaoMbwXvLtr4MygRYMnqAqec+YVHe/J4YlsEHojHWld8Enf2IILKH/Jm2TzVZS+U4Io
        X1Lmgs/yCKzR+dBNdHwRTR4gDvdVG+gOdQC3FAFWjtoG7a7DxBjZKEe3iuFkVhgo+FJYxfz5Q6rkI+rrqvcUImyU0M0xNty66rFj
        xEohk+r8OQJM/wBMe1+DmQpqtFA9RpRPjbgaGf8lHZ2V6eXV5DquoNX6NmpP9oFE9Z1u+JqbL1BLAwQUAAAACADHcH1dq15yLrQA
        AACNAgAAGgAAAHhsL19yZWxzL3dvcmtib29rLnhtbC5yZWxzxZJNCoMwEEavEnIAR23poqirbtwWLxB0/MHEhMyU6u0rulChi26k
        q/BNyPseTJInasWdHajtHInR6IFS2TK7OwCVLRpFgXU4zDe19UbxHH0DTpW9ahDiMLyB3zNkluyZopgc/kK0dd2V+LDly+DAX8Dw
        tr6nFpGlKJRvkFMJo97GBMsRBTNZirxKpc+rSAr4t1F8MIrPNCKeNNKms+ZD/+XMfp7f4la/xHV4XMt1kYDD78s+UEsDBBQAAAAI
        AMdwfV2l4RtYHwEAAGAEAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbMVUy07DMBD8lcjXKnbpgQNqeqFcoQd+wCSbxopf8m5L+vds
        EloJVFqqIHGJFe/szHjH8vL1EAGzzlmPhWiI4oNSWDbgNMoQwXOlDslp4t+0VVGXrd6CWszn96oMnsBTTj2HWC3XUOudpeyp4200
        wRcigUWRPY7AXqsQOkZrSk1cV3tffVPJPxUkdw4YbEzEGQNEps5KDKUfFY6NL3tIyVSQbXSiZ+0YpjqrkA4WUF7mOOMy1LUpoQrl
        znGLxJhAV9gAkLNyJJ1dkSYeMozfu8kGBpqLigzdpBCRU0twu94xlr47j0wEicyVQ54kmXvyCaFPvILqt+I84feQ2iETVMMyfcxf
        cz7x32pk8Z9G3kJo//rC96t02viTATU8LKsPUEsBAhQDFAAAAAgAx3B9XUbHTUiVAAAAzQAAABAAAAAAAAAAAAAAAIABAAAAAGRv
        Y1Byb3BzL2FwcC54bWxQSwECFAMUAAAACADHcH1dyfgmguoAAADLAQAAEQAAAAAAAAAAAAAAgAHDAAAAZG9jUHJvcHMvY29yZS54
        bWxQSwECFAMUAAAACADHcH1dmVycIxAGAACcJwAAEwAAAAAAAAAAAAAAgAHcAQAAeGwvdGhlbWUvdGhlbWUxLnhtbFBLAQIUAxQA
        AAAIAMdwfV0eAnNf/QEAADAEAAAYAAAAAAAAAAAAAACAgR0IAAB4bC93b3Jrc2hlZXRzL3NoZWV0MS54bWxQSwECFAMUAAAACADH
        cH1dRNYgr0MBAAAUAgAAGAAAAAAAAAAAAAAAgIFQCgAAeGwvd29ya3NoZWV0cy9zaGVldDIueG1sUEsBAhQDFAAAAAgAx3B9Xexs
        XEKTAgAArAsAAA0AAAAAAAAAAAAAAIAByQsAAHhsL3N0eWxlcy54bWxQSwECFAMUAAAACADHcH1dt0frisAAAAAWAgAACwAAAAAA
        AAAAAAAAgAGHDgAAX3JlbHMvLnJlbHNQSwECFAMUAAAACADHcH1dl3u+Uk0BAABuAgAADwAAAAAAAAAAAAAAgAFwDwAAeGwvd29y
        a2Jvb2sueG1sUEsBAhQDFAAAAAgAx3B9Xateci60AAAAjQIAABoAAAAAAAAAAAAAAIAB6hAAAHhsL19yZWxzL3dvcmtib29rLnht
        bC5yZWxzUEsBAhQDFAAAAAgAx3B9XaXhG1gfAQAAYAQAABMAAAAAAAAAAAAAAIAB1hEAAFtDb250ZW50X1R5cGVzXS54bWxQSwUG
        AAAAAAoACgCEAgAAJhMAAAAA
        """

    static func data(_ base64: String) -> Data {
        Data(base64Encoded: base64.filter { !$0.isWhitespace })!
    }
}

private func day(_ text: String) -> Cell { .date(LocalDate(text)!) }

@Suite struct ForeignWorkbookTests {
    @Test func readsAWorkbookLibreOfficeSaved() throws {
        // setup
        let data = ForeignWorkbooks.data(ForeignWorkbooks.libreOffice)
        // MUT
        let tables = try XLSXReader.read(data)
        // validation
        #expect(tables.map(\.name) == ["Nhân sự- 2024-2025", "Khen thưởng"])
        #expect(
            tables[0].rows == [
                [
                    .text("Họ và tên"), .text("Ngày sinh"), .text("Số năm công tác"), .text("Đảng viên"),
                    .text("Ghi chú"),
                ],
                [
                    .text("Nguyễn Thị Hồng Nhung"), day("29/02/2024"), .number(12), .bool(true),
                    .text("Chiến sĩ thi đua <cơ sở> & \"xuất sắc\" 'năm'"),
                ],
                [.text("Trần Văn Đức"), day("01/03/1900"), .number(2.5), .bool(false)],
                [.text("Lê Hoàng Yến"), day("31/12/9999"), .number(-3), .empty, .text("=SUM(A1)")],
                [.text("Phạm Ngọc Ánh"), day("01/01/1900"), .number(0), .bool(true), .text("dòng 1\ndòng 2")],
            ])
        #expect(tables[1].rows == [[.text("Số"), .text("Ngày")], [.text("12/QĐ-LMHTXVN"), day("06/01/2023")]])
    }

    @Test func readsAWorkbookOpenpyxlWrote() throws {
        // setup
        let data = ForeignWorkbooks.data(ForeignWorkbooks.openpyxl)
        // MUT
        let tables = try XLSXReader.read(data)
        // validation
        #expect(
            tables == [
                Table(
                    name: "Danh sách",
                    rows: [
                        [.text("Họ và tên"), .text("Ngày sinh"), .text("Điểm"), .text("Đảng viên")],
                        [.text("Nguyễn Thị Hồng Nhung"), day("29/02/2024"), .number(9.75), .bool(true)],
                        [.text("Trần Văn Đức"), day("15/07/1985"), .number(7), .bool(false)],
                    ]),
                Table(name: "Ghi chú", rows: [[], [], [.empty, .text("ô B3")]]),
            ])
    }
}
